"""The hostile programs of cases.py, each judged for its verdict and for what stays on the host.

Every case runs through a judge with a warm pool; the script languages' also through a
cold judge (a container started per submission); the cases marked ``runsc`` also under gVisor.
A small output limit (1 MB) and the problems' 1 s per test keep floods and endless loops
short. The package fixture (conftest.py) checks what the whole suite left behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from pyscape_judge import Judge, Limits, Status, Verdict
from pyscape_judge.sandbox.base import Backend
from pyscape_judge.sandbox.choose import oci_problem
from pyscape_judge.sandbox.oci import OciBackend
from tests.conftest import missing, require_docker
from tests.hostile import host
from tests.hostile.cases import CASES, HOST_FILES_UNTOUCHED, STILL_JUDGES, Case

#: Judge defaults of the suite: floods reach the output limit long before the deadline, and
#: compiles have time on a loaded machine (the compile bombs fail fast).
SUITE_LIMITS = Limits(output_kb=1024, compile_s=120)
#: Languages whose cases also run in a cold judge (compiling makes Java and C++ the costly ones).
COLD_LANGUAGES = ("python", "javascript")

OCI = [pytest.mark.oci]
RUNS = (
    [pytest.param(case, "runc", "pool", id=f"{case.id}-pool") for case in CASES]
    + [
        pytest.param(case, "runc", "cold", id=f"{case.id}-cold")
        for case in CASES
        if case.language in COLD_LANGUAGES
    ]
    + [
        pytest.param(case, "runsc", "cold", id=f"{case.id}-runsc", marks=pytest.mark.runsc)
        for case in CASES
        if case.runsc
    ]
    # The OCI backend (the runtime without the engine): every case under crun (what `auto`
    # picks) and runc, and gVisor's subset.
    + [pytest.param(case, "oci-crun", "pool", id=f"{case.id}-crun", marks=OCI) for case in CASES]
    + [pytest.param(case, "oci-runc", "pool", id=f"{case.id}-oci", marks=OCI) for case in CASES]
    + [
        pytest.param(
            case, "oci-runsc", "cold", id=f"{case.id}-oci-runsc", marks=[*OCI, pytest.mark.runsc]
        )
        for case in CASES
        if case.runsc
    ]
)

JudgeFor = Callable[[str, str], Judge]


def _backend(runtime: str) -> Backend:
    """``runc``/``runsc`` through the engine (watched), ``oci-<runtime>`` without it."""
    if runtime.startswith("oci-"):
        problem = oci_problem(runtime.removeprefix("oci-"))
        if problem:
            missing(f"the OCI backend: {problem}")
        return host.WatchedOciBackend(runtime=runtime.removeprefix("oci-"))
    return host.WatchedBackend(runtime=runtime)


@pytest.fixture(scope="module")
def judge_for() -> Iterator[JudgeFor]:
    """``judge_for(runtime, mode)``: one judge per runtime and mode, made on first use."""
    require_docker()
    made: dict[tuple[str, str], Judge] = {}

    def get(runtime: str, mode: str) -> Judge:
        if (runtime, mode) not in made:
            made[runtime, mode] = Judge(
                backend=_backend(runtime),
                limits=SUITE_LIMITS,
                pool_size=1 if mode == "pool" else 0,
            )
        return made[runtime, mode]

    yield get
    for judge in made.values():
        judge.close()


@pytest.mark.docker
@pytest.mark.parametrize(("case", "runtime", "mode"), RUNS)
def test_hostile_program(
    judge_for: JudgeFor, case: Case, runtime: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A canary in the judge's own environment: no sandbox may see it.
    monkeypatch.setenv("PYSCAPE_HOSTILE_CANARY", "the host's secret")
    judge = judge_for(runtime, mode)
    started, started_oci = len(host.STARTED), len(host.STARTED_OCI)
    verdict = judge.judge(case.problem, case.language, case.code())
    if runtime.endswith("runsc") and case.runsc_statuses:
        assert verdict.status in case.runsc_statuses, verdict
        case = case._replace(status=verdict.status)
    assert_verdict_matches(case, verdict)
    host.assert_verdict_is_clean(verdict)
    if mode == "cold" and isinstance(judge.backend, OciBackend):
        host.assert_no_oci_sandbox_left(judge.backend, set(host.STARTED_OCI[started_oci:]))
    elif mode == "cold":  # a pool removes used sandboxes in the background: checked at the end
        assert isinstance(judge.backend, host.WatchedBackend)
        host.assert_nothing_left(judge.backend, set(host.STARTED[started:]))
    if HOST_FILES_UNTOUCHED in case.host:
        host.assert_host_files_untouched()
    if STILL_JUDGES in case.host:
        host.assert_still_judges(judge, case.language, case.problem)


def assert_verdict_matches(case: Case, verdict: Verdict) -> None:
    summary = [(r.status.value, r.output, (r.error or "")[:300]) for r in verdict.results]
    assert verdict.status is case.status, (summary, verdict.compile_error)
    assert sum(r.passed for r in verdict.results) == case.passed, summary
    if case.status is Status.COMPILE_ERROR:
        assert verdict.results == [] and case.error in (verdict.compile_error or "")
        return
    if case.status is Status.ACCEPTED:
        assert len(verdict.results) == verdict.total_test_cases, summary
        return
    failed = verdict.results[-1]
    assert failed.status is case.status and not failed.passed, summary
    if case.output is not None:
        assert failed.output == case.output, summary
    if case.error is not None:
        assert case.error in (failed.error or ""), summary
