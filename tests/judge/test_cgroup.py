"""Finding and reading a sandbox's cgroup: v1 and v2, cgroupfs and systemd drivers, a reader
in a cgroup namespace, a reader that may not write. Fake hierarchies in a temporary folder
stand for the kernel's; the real one is read by the Docker tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyscape_judge.sandbox.cgroup import Cgroup, CgroupError

V1_MOUNTS = [
    "25 24 0:22 / /sys/fs/cgroup ro,nosuid - tmpfs tmpfs ro,mode=755",
    "30 25 0:27 / {root}/cpu,cpuacct rw,nosuid - cgroup cgroup rw,cpu,cpuacct",
    "31 25 0:28 / {root}/memory rw,nosuid - cgroup cgroup rw,memory",
    "32 25 0:29 / {root}/pids rw,nosuid - cgroup cgroup rw,pids",
]
V2_MOUNTS = ["35 24 0:30 / {root}/unified rw,nosuid - cgroup2 cgroup2 rw,nsdelegate"]


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)


def _mounts(lines: list[str], root: Path) -> list[str]:
    return [line.format(root=root) for line in lines]


@pytest.mark.parametrize(
    "path",
    [
        "/docker/0123abcd",  # cgroupfs driver
        "/system.slice/docker-0123abcd.scope",  # systemd driver
    ],
)
def test_v1_reads_cpu_and_memory_of_the_named_group(tmp_path: Path, path: str) -> None:
    _write(tmp_path / "cpu,cpuacct" / path.lstrip("/"), {"cpuacct.usage": "1500000000\n"})
    _write(
        tmp_path / "memory" / path.lstrip("/"),
        {
            "memory.max_usage_in_bytes": "73400320\n",
            "memory.usage_in_bytes": "10485760\n",
            "memory.oom_control": "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n",
            "memory.limit_in_bytes": "268435456\n",
            "memory.memsw.limit_in_bytes": "268435456\n",
        },
    )
    lines = [f"12:pids:{path}", f"4:memory:{path}", f"3:cpu,cpuacct:{path}", "1:name=systemd:/"]
    group = Cgroup.resolve(lines, _mounts(V1_MOUNTS, tmp_path))
    assert group.cpu_ns() == 1_500_000_000
    assert group.memory_peak() == 73_400_320
    assert group.oom_kills() == 2
    group.reset_peak()
    assert group.memory_peak() == 0  # the fake's file took the write, as the kernel's does
    group.set_memory_limit(100 * 1024 * 1024)
    memory = tmp_path / "memory" / path.lstrip("/")
    assert (memory / "memory.limit_in_bytes").read_text() == str(100 * 1024 * 1024)
    assert (memory / "memory.memsw.limit_in_bytes").read_text() == str(100 * 1024 * 1024)


def test_v2_unified_hierarchy(tmp_path: Path) -> None:
    path = "system.slice/docker-0123abcd.scope"
    _write(
        tmp_path / "unified" / path,
        {
            "cpu.stat": "usage_usec 2500\nuser_usec 2000\nsystem_usec 500\n",
            "memory.peak": "52428800\n",
            "memory.current": "1048576\n",
            "memory.events": "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n",
            "memory.max": "max\n",
            "memory.swap.max": "max\n",
        },
    )
    group = Cgroup.resolve([f"0::/{path}"], _mounts(V2_MOUNTS, tmp_path))
    assert group.unified
    assert group.cpu_ns() == 2_500_000
    assert group.memory_peak() == 52_428_800
    assert group.oom_kills() == 1
    group.set_memory_limit(64 * 1024 * 1024)
    assert (tmp_path / "unified" / path / "memory.swap.max").read_text() == "0"


def test_v2_without_memory_peak_samples_the_current_usage(tmp_path: Path) -> None:
    _write(
        tmp_path / "unified" / "box",
        {"cpu.stat": "usage_usec 1\n", "memory.current": "4096\n"},
    )
    group = Cgroup.resolve(["0::/box"], _mounts(V2_MOUNTS, tmp_path))
    assert group.memory_peak() == 4096
    (tmp_path / "unified" / "box" / "memory.current").write_text("1024\n")
    assert group.memory_peak() == 4096  # the highest sample stands


def test_a_reader_in_a_cgroup_namespace_strips_the_mount_root(tmp_path: Path) -> None:
    """Inside a container the hierarchy is mounted from the container's own group."""
    mounts = [f"35 24 0:30 /kubepods/pod1 {tmp_path}/unified rw - cgroup2 cgroup2 rw"]
    _write(tmp_path / "unified" / "box", {"cpu.stat": "usage_usec 7\n"})
    group = Cgroup.resolve(["0::/kubepods/pod1/box"], mounts)
    assert group.cpu_ns() == 7000


def test_a_reader_that_may_not_reset_the_peak_samples(tmp_path: Path) -> None:
    folder = tmp_path / "memory" / "box"
    _write(tmp_path / "cpu,cpuacct" / "box", {"cpuacct.usage": "1\n"})
    _write(folder, {"memory.max_usage_in_bytes": "900\n", "memory.usage_in_bytes": "300\n"})
    (folder / "memory.max_usage_in_bytes").chmod(0o444)
    group = Cgroup.resolve(["4:memory:/box", "3:cpu,cpuacct:/box"], _mounts(V1_MOUNTS, tmp_path))
    try:
        group.reset_peak()
    finally:
        (folder / "memory.max_usage_in_bytes").chmod(0o644)
    if group._reset_failed:  # not root: the compile's peak is forgotten, samples count
        assert group.memory_peak() == 300
    else:  # root writes through the mode bits, as it does to the kernel's files
        assert group.memory_peak() == 0


def test_no_readable_group_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CgroupError, match="no cpuacct and memory cgroup"):
        Cgroup.resolve(["1:name=systemd:/"], _mounts(V1_MOUNTS, tmp_path))
    with pytest.raises(CgroupError, match="cannot read"):
        Cgroup.resolve(["3:cpu,cpuacct:/gone", "4:memory:/gone"], _mounts(V1_MOUNTS, tmp_path))
    with pytest.raises(CgroupError, match="cannot read the cgroup of process"):
        Cgroup.of_pid(2**22 + 12345)


def test_this_process_cgroup_is_found_on_this_host() -> None:
    """The real kernel: whatever version this host runs, the judge's own group reads."""
    group = Cgroup.of_pid(1)
    assert group.cpu_ns() > 0
    assert group.memory_peak() >= 0
