"""A judge inside a busy process: its descriptors are numbered past 1024.

A server holding a thousand connections hands the judge descriptor numbers beyond
``select``'s bound (``FD_SETSIZE``, 1024); waiting on them must still work, on every backend
and in every wait (a sandbox's output, its stdin, a pool's idle check, a removed cgroup's
last OOM signals).
"""

from __future__ import annotations

import os
import select
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyscape_judge import Judge, Status
from pyscape_judge.sandbox.choose import oci_problem
from pyscape_judge.sandbox.ready import readable, writable
from tests.conftest import missing, require_docker

HOSTILE = Path(__file__).parents[1] / "hostile"
ADD = HOSTILE / "problems" / "hostile-add"
ADD_STDIO = HOSTILE / "problems" / "hostile-add-stdio"
#: Every descriptor number below this one is held while a busy test runs.
BUSY_UP_TO = 1100


@pytest.fixture
def busy() -> Iterator[None]:
    """Hold every free descriptor number up to BUSY_UP_TO: whatever opens next is past 1024."""
    held: list[int] = []
    try:
        while not held or held[-1] < BUSY_UP_TO:
            held.append(os.open(os.devnull, os.O_RDONLY))
        yield
    finally:
        for fd in held:
            os.close(fd)


def test_select_itself_refuses_such_descriptors(busy: None) -> None:
    """What the judge must not use: the reason for this file."""
    read, write = os.pipe()
    try:
        assert read > 1024
        with pytest.raises(ValueError, match="out of range"):
            select.select([read], [], [], 0)
    finally:
        os.close(read)
        os.close(write)


def test_readable_and_writable_past_1024(busy: None) -> None:
    read, write = os.pipe()
    try:
        assert min(read, write) > 1024
        assert readable([read], 0) == []
        assert readable([read], 0.05) == []  # waits, then nothing
        assert writable(write, 0)
        os.write(write, b"x")
        assert readable([read], 0) == [read]
        os.close(write)
        write = -1
        os.read(read, 1)
        assert readable([read], 0) == [read]  # the end of the pipe reads as ready too
    finally:
        os.close(read)
        if write != -1:
            os.close(write)


def test_a_full_pipe_is_not_writable() -> None:
    read, write = os.pipe()
    os.set_blocking(write, False)
    try:
        while True:
            try:
                os.write(write, b"x" * 65536)
            except BlockingIOError:
                break
        assert not writable(write, 0.02)
        os.read(read, 1 << 20)
        assert writable(write, 0)
    finally:
        os.close(read)
        os.close(write)


@pytest.mark.docker
@pytest.mark.parametrize("sandbox", ["docker", pytest.param("oci", marks=pytest.mark.oci)])
@pytest.mark.parametrize("pool_size", [0, 1], ids=["cold", "pool"])
def test_a_judge_in_a_busy_process(busy: None, sandbox: str, pool_size: int) -> None:
    require_docker()
    if sandbox == "oci" and (problem := oci_problem("crun")):
        missing(f"the OCI backend under crun: {problem}")
    python = HOSTILE / "programs" / "python"
    with Judge(sandbox=sandbox, pool_size=pool_size) as judge:
        for _ in range(2):  # the second from the pool when there is one
            accepted = judge.judge(ADD, "python", (ADD / "solutions" / "python.py").read_text())
            assert accepted.status is Status.ACCEPTED, accepted
        bomb = judge.judge(ADD_STDIO, "python", (python / "stdio_memory_bomb.py").read_text())
        killed = judge.judge(ADD_STDIO, "python", (python / "stdio_kill_self.py").read_text())
    assert bomb.status is Status.MEMORY_LIMIT_EXCEEDED, bomb
    assert killed.status is Status.RUNTIME_ERROR, killed
