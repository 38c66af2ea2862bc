"""The sandbox's walls, probed from inside under runc and gVisor's runsc, and the sweep.

The hostile programs themselves (one per attack, each with its verdict) are the table of
cases.py, judged by test_programs.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from pyscape_judge import Judge, Status, load_problem
from pyscape_judge.sandbox.choose import oci_problem
from pyscape_judge.sandbox.docker import LABEL, DockerBackend
from pyscape_judge.sandbox.oci import OciBackend
from tests.conftest import missing, require_docker


@pytest.fixture(scope="module", params=["runc", "runsc"])
def judge(request: pytest.FixtureRequest) -> Iterator[Judge]:
    require_docker()
    judge = Judge(sandbox="docker", runtime=request.param, reveal_hidden=True)
    yield judge
    judge.close()


@pytest.fixture(
    scope="module",
    params=[
        "runc",
        "runsc",
        pytest.param("oci-crun", marks=pytest.mark.oci),
        pytest.param("oci-runc", marks=pytest.mark.oci),
        pytest.param("oci-runsc", marks=pytest.mark.oci),
    ],
)
def any_judge(request: pytest.FixtureRequest) -> Iterator[Judge]:
    """A judge on the Docker backend (runc, runsc) or on the OCI backend (oci-runc, ...)."""
    require_docker()
    if request.param.startswith("oci-"):
        runtime = request.param.removeprefix("oci-")
        problem = oci_problem(runtime)
        if problem:
            missing(f"the OCI backend: {problem}")
        judge = Judge(backend=OciBackend(runtime=runtime), reveal_hidden=True)
    else:
        judge = Judge(sandbox="docker", runtime=request.param, reveal_hidden=True)
    yield judge
    judge.close()


PROBE = {
    "uid": "os.getuid()",
    "no_new_privs": "int([l for l in open('/proc/self/status') if l.startswith('NoNewPrivs')]"
    "[0].split()[1])",
    "capabilities": "int([l for l in open('/proc/self/status') if l.startswith('CapEff')]"
    "[0].split()[1], 16)",
    "interfaces": "len([n for n in os.listdir('/sys/class/net') if n != 'lo'])",
    "root_writable": "int(os.access('/', os.W_OK))",
    "secret_visible": "int(any(SECRET in open(os.path.join(d, f), errors='replace').read() "
    "for d, _, fs in os.walk('/tmp') for f in fs))",
    # The last test's expected answer is SECRET: no probe can produce it.
    "secret": "0",
}
SECRET = "987654321123"
EXPECTED = {
    "uid": 65534,
    "no_new_privs": 1,
    "capabilities": 0,
    "interfaces": 0,
    "root_writable": 0,
    "secret_visible": 0,
    "secret": int(SECRET),
}


@pytest.mark.docker
def test_the_sandbox_walls_hold(any_judge: Judge, make_problem) -> None:
    """Each fact is computed inside the sandbox; the host holds the expected values."""
    judge = any_judge
    names = list(PROBE)
    if judge.backend.runtime == "runsc":  # gVisor reports no NoNewPrivs line
        names.remove("no_new_privs")
    folder = make_problem(
        """
        title = "Probe"
        difficulty = "easy"
        mode = "function"
        [signature]
        function = "probe"
        returns = "long"
        params = [{ name = "fact", type = "string" }]
        """,
        [json.dumps({"input": [name], "expected": EXPECTED[name]}) for name in names],
        slug=f"probe-{judge.backend.name}-{judge.backend.runtime}",
    )
    table = "{" + ", ".join(f"{n!r}: lambda: {PROBE[n]}" for n in names) + "}"
    code = (
        f"import os\nSECRET = str(10**12 - 12345678877)\nclass Solution:\n"
        f"    def probe(self, fact):\n        return {table}[fact]()\n"
    )
    verdict = judge.judge(load_problem(folder), "python", code)
    facts = [(r.input, r.output, r.error) for r in verdict.results]
    assert verdict.status is Status.WRONG_ANSWER, facts
    assert len(verdict.results) == len(names) and verdict.summary.failed == 1, facts


@pytest.mark.docker
def test_leftovers_of_a_dead_judge_are_swept(judge: Judge) -> None:
    backend = judge.backend
    assert isinstance(backend, DockerBackend)
    api = backend.client.api
    orphan = api.create_container(
        _python_image(),
        command=["true"],
        labels={LABEL: "python", "pyscape.owner": "somehost-dead:1:1"},
    )["Id"]
    dead_here = api.create_container(
        _python_image(),
        command=["true"],
        labels={LABEL: "python", "pyscape.owner": f"{backend.owner.split(':')[0]}:999999:1"},
    )["Id"]
    try:
        assert backend.sweep() >= 1
        remaining = {c["Id"] for c in api.containers(all=True, filters={"label": LABEL})}
        assert dead_here not in remaining
        assert orphan in remaining  # another host's judge may still be alive
    finally:
        api.remove_container(orphan, force=True)


def _python_image() -> str:
    from pyscape_judge import get_language

    return get_language("python").image()
