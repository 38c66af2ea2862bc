"""Times are CPU time read from the sandbox's cgroup: a busy machine changes neither the
verdict nor the figures of an honest program, and a program cannot lie about its own."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pyscape_judge import Judge, Status, get_language
from pyscape_judge.sandbox.docker import DockerBackend
from tests.conftest import require_docker

HOSTILE = Path(__file__).parents[1] / "hostile"
HOSTILE_ADD = HOSTILE / "problems" / "hostile-add"
#: An honest solution that spends a quarter of the problem's 1 s limit per test, in CPU time.
QUARTER = """
import time

class Solution:
    def add(self, a: int, b: int) -> int:
        started = time.process_time()
        while time.process_time() - started < 0.25:
            pass
        return a + b
"""
BUSY = "while True: pass"
BUSY_CONTAINERS = 8

pytestmark = pytest.mark.docker


@pytest.fixture(scope="module")
def judge() -> Iterator[Judge]:
    require_docker()
    with Judge() as judge:
        yield judge


def _engine_api() -> Any:
    return DockerBackend().client.api


def _busy_containers(count: int) -> list[str]:
    """``count`` containers spinning on a CPU each, as other sandboxes of a busy judge do."""
    api = _engine_api()
    made = []
    for _ in range(count):
        container = api.create_container(
            get_language("python").image(),
            command=["python3", "-c", BUSY],
            network_disabled=True,
            user="65534:65534",
            labels={"pyscape.test": "busy"},
            host_config=api.create_host_config(nano_cpus=10**9, network_mode="none"),
        )["Id"]
        api.start(container)
        made.append(container)
    return made


def test_a_busy_machine_changes_neither_the_verdict_nor_the_time(judge: Judge) -> None:
    quiet = judge.judge(HOSTILE_ADD, "python", QUARTER)
    assert quiet.status is Status.ACCEPTED, quiet
    api = _engine_api()
    busy_ones = _busy_containers(BUSY_CONTAINERS)
    try:
        time.sleep(1.0)  # let them all spin
        started = time.monotonic()
        busy = judge.judge(HOSTILE_ADD, "python", QUARTER)
        wall = time.monotonic() - started
    finally:
        for container in busy_ones:
            api.remove_container(container, force=True)
    assert busy.status is Status.ACCEPTED, busy
    slowest_quiet = max(r.runtime_ms for r in quiet.results)
    slowest_busy = max(r.runtime_ms for r in busy.results)
    assert 240 <= slowest_quiet <= 500, quiet.results
    assert slowest_busy <= 1.5 * slowest_quiet, (slowest_quiet, slowest_busy, wall)


def test_a_frozen_clock_does_not_hide_cpu_time(judge: Judge) -> None:
    """The harness's clock is the program's to break; the cgroup's is not."""
    code = """
import time
_real = time.process_time
time.perf_counter = lambda: 0.0
time.monotonic = lambda: 0.0

class Solution:
    def add(self, a: int, b: int) -> int:
        started = _real()
        while _real() - started < 1.6:
            pass
        return a + b
"""
    verdict = judge.judge(HOSTILE_ADD, "python", code)
    assert verdict.status is Status.TIMEOUT, verdict
    assert verdict.results[0].runtime_ms >= 1000


def test_memory_is_the_sandbox_peak_from_outside(judge: Judge) -> None:
    code = """
class Solution:
    def add(self, a: int, b: int) -> int:
        hold = bytearray(60 * 1024 * 1024)
        return a + b
"""
    verdict = judge.judge(HOSTILE_ADD, "python", code)
    assert verdict.status is Status.ACCEPTED, verdict
    assert verdict.memory_kb >= 60 * 1024


def test_a_judge_that_is_not_root_reads_the_cgroup(judge: Judge) -> None:
    """Reading needs no privilege; resetting the peak falls back to samples without it."""
    import os

    from pyscape_judge.sandbox.cgroup import Cgroup

    api = _engine_api()
    container = _busy_containers(1)[0]
    try:
        pid = api.inspect_container(container)["State"]["Pid"]
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # a process of this judge that gives up root, as a judge may run
            try:
                os.close(read)
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                group = Cgroup.of_pid(pid)
                group.reset_peak()
                shown = f"{group.cpu_ns() > 0} {group.memory_peak() > 0} {group._reset_failed}"
                os.write(write, shown.encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            shown = pipe.read()
        os.waitpid(child, 0)
    finally:
        api.remove_container(container, force=True)
    assert shown.split() == ["True", "True", "True"]


def test_without_the_cgroup_the_engine_statistics_serve(
    judge: Judge, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An engine on another host: figures from its one-shot statistics, said once."""
    from pyscape_judge.sandbox import docker as docker_backend
    from pyscape_judge.sandbox.cgroup import CgroupError

    def unreadable(pid: int) -> None:
        raise CgroupError("not on this host")

    monkeypatch.setattr(docker_backend.Cgroup, "of_pid", staticmethod(unreadable))
    stdio = HOSTILE / "problems" / "hostile-add-stdio"
    programs = HOSTILE / "programs" / "python"
    with Judge(sandbox="docker") as remote, caplog.at_level("WARNING"):
        first = remote.judge(HOSTILE_ADD, "python", QUARTER)
        second = remote.judge(HOSTILE_ADD, "python", QUARTER)
        # No OOM kill is counted here: the harness's "out of memory" stands, right or wrong.
        bomb = remote.judge(stdio, "python", (programs / "stdio_memory_bomb.py").read_text())
        killed = remote.judge(stdio, "python", (programs / "stdio_kill_self.py").read_text())
    for verdict in (first, second):
        assert verdict.status is Status.ACCEPTED, verdict
        assert all(r.runtime_ms >= 200 for r in verdict.results), verdict.results
        assert verdict.memory_kb > 0
    assert bomb.status is Status.MEMORY_LIMIT_EXCEEDED, bomb
    assert killed.status is Status.MEMORY_LIMIT_EXCEEDED, killed
    said = [r for r in caplog.records if "engine's statistics" in r.getMessage()]
    assert len(said) == 1
