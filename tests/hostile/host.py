"""What must stay true on the host, however hostile the program: the checks of the suite.

A :class:`WatchedBackend` is the real Docker backend that also remembers every container it
started, so that the checks can look for anything those containers left behind: the
containers themselves, and host processes still in their cgroups.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import psutil

from pyscape_judge import Judge, Status, Verdict
from pyscape_judge.sandbox.base import RunSpec
from pyscape_judge.sandbox.docker import LABEL, OWNER_LABEL, DockerBackend, DockerSandbox
from pyscape_judge.sandbox.oci import OciBackend, OciSandbox

#: Every container a watched backend of this test process started.
STARTED: list[str] = []
#: Every sandbox a watched OCI backend of this test process started.
STARTED_OCI: list[str] = []
#: Paths the hostile programs write inside their sandbox; none may appear on the host.
SANDBOX_PATHS = ("/tmp/fill-0", "/tmp/big", "/usr/bin/pwned", "/pwned", "/tmp/w/fill-0")


class WatchedBackend(DockerBackend):
    """The Docker backend, remembering the containers it starts."""

    def start(self, spec: RunSpec) -> DockerSandbox:
        box = super().start(spec)
        STARTED.append(box.container)
        return box


def our_containers(backend: DockerBackend) -> set[str]:
    """Every container (running or not) of this test process's judges."""
    listed = backend.client.api.containers(
        all=True, filters={"label": [LABEL, f"{OWNER_LABEL}={backend.owner}"]}
    )
    return {c["Id"] for c in listed}


def processes_of(containers: set[str]) -> list[str]:
    """Host processes still in one of ``containers``' cgroups (or naming one: shims, gVisor)."""
    if not containers:
        return []
    found = []
    for process in psutil.process_iter(["pid", "name", "cmdline"]):
        try:
            cgroups = Path(f"/proc/{process.pid}/cgroup").read_text()
        except OSError:
            continue
        text = cgroups + " ".join(process.info["cmdline"] or ())
        if any(container in text for container in containers):
            found.append(f"{process.info['pid']} {process.info['name']}")
    return found


def assert_nothing_left(backend: DockerBackend, containers: set[str], wait_s: float = 10) -> None:
    """No container of ``containers`` exists and no host process runs in one.

    The engine reports a removed container gone before its last processes are reaped: wait
    up to ``wait_s`` for them.
    """
    left = our_containers(backend) & containers
    assert not left, f"containers left: {sorted(c[:12] for c in left)}"
    deadline = time.monotonic() + wait_s
    while (stray := processes_of(containers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not stray, f"processes left by the sandboxes: {stray}"


class WatchedOciBackend(OciBackend):
    """The OCI backend, remembering the sandboxes it starts (in :data:`STARTED_OCI`)."""

    def start(self, spec: RunSpec) -> OciSandbox:
        box = super().start(spec)
        STARTED_OCI.append(box.name)
        return box


def assert_no_oci_sandbox_left(backend: OciBackend, names: set[str]) -> None:
    """No bundle, runtime state, cgroup or process of the sandboxes ``names`` is left."""
    from pyscape_judge.sandbox.oci_cgroup import leftovers

    on_disk = {
        p.name.split("_sandbox:")[0] for f in (backend.bundles, backend.root) for p in f.iterdir()
    }
    left = sorted((on_disk | leftovers()) & names)
    assert not left, f"OCI sandboxes left: {left}"
    stray = [
        f"{p.pid} {p.info['name']}"
        for p in psutil.process_iter(["name", "cmdline"])
        if names & set(p.info["cmdline"] or ())
    ]
    assert not stray, f"processes left by the OCI sandboxes: {stray}"


#: The hidden test's input of the suite's problems: it must never show in a verdict.
HIDDEN_INPUT = "987654321"
#: No verdict of the suite grows past this, whatever the program answered or printed.
VERDICT_BYTES = 512 * 1024


def assert_verdict_is_clean(verdict: Verdict) -> None:
    """The verdict crosses the wire: it is JSON, small, and hidden tests show none of their
    data, neither in their fields nor in any error text (the program's error messages are
    its own words, which it may build from the hidden input)."""
    text = json.dumps(verdict.to_dict(), allow_nan=False)
    assert len(text) < VERDICT_BYTES, f"a verdict of {len(text)} bytes"
    assert HIDDEN_INPUT not in text, f"the hidden input shows in the verdict: {text[:2000]}"
    for result in verdict.results:
        if result.hidden:
            assert (result.input, result.output, result.expected, result.stdout) == (None,) * 4


def assert_host_files_untouched() -> None:
    leaked = [path for path in SANDBOX_PATHS if Path(path).exists()]
    assert not leaked, f"a sandbox wrote on the host: {leaked}"


def assert_still_judges(judge: Judge, language: str, problem: Path) -> None:
    """The judge and the engine are fine: the reference solution is accepted right after."""
    solution = next(p for p in (problem / "solutions").iterdir() if p.suffix == _suffix(language))
    verdict = judge.judge(problem, language, solution.read_text())
    assert verdict.status is Status.ACCEPTED, verdict


def _suffix(language: str) -> str:
    from pyscape_judge import get_language

    return get_language(language).extensions[0]
