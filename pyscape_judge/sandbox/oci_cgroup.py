"""The cgroup the OCI backend creates for each sandbox: limits set, usage read, then removed.

The backend makes ``/pyscape/<id>`` itself and sets the limits there; the runtime puts the
sandbox in a child of it, ``/pyscape/<id>/c``. The runtime removes its child when the sandbox
ends, ours outlives it, so the CPU time, the peak memory and the OOM kills are still there
when the judge asks after the end. cgroup v1 (each controller its own hierarchy) and v2;
the figures are read by :mod:`pyscape_judge.sandbox.cgroup`, as for Docker's sandboxes.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import signal
import time
from pathlib import Path

import msgspec

from pyscape_judge.sandbox.cgroup import Cgroup as Meter

#: The folder, from each hierarchy's root, under which every sandbox's cgroup is made.
PARENT = "/pyscape"
#: The runtime's own cgroup for the sandbox, inside ours.
CHILD = "c"


class CgroupLimits(msgspec.Struct, frozen=True):
    """What the cgroup enforces: memory (with memory + swap equal to it), processes, CPU."""

    memory_bytes: int
    pids: int
    cpu_quota_us: int
    cpu_period_us: int


@functools.cache
def hierarchies() -> dict[str, Path]:
    """Where each controller's hierarchy is mounted; the key ``""`` is the v2 hierarchy.

    In hybrid mode the v1 controllers win (that is where the runtime puts its limits too).
    """
    found: dict[str, Path] = {}
    with open("/proc/self/mountinfo") as mounts:
        for line in mounts:
            fields = line.split()
            dash = fields.index("-")
            kind, options = fields[dash + 1], fields[dash + 3].split(",")
            if kind == "cgroup":
                for option in options:
                    if option not in ("rw", "ro"):
                        found.setdefault(option, Path(fields[4]))
            elif kind == "cgroup2":
                found.setdefault("", Path(fields[4]))
    return found


def is_v1() -> bool:
    return "memory" in hierarchies()


class Cgroup:
    """One sandbox's cgroup: ``PARENT/<name>`` in every hierarchy, the runtime's child in it.

    The figures and the memory limit are :class:`~pyscape_judge.sandbox.cgroup.Cgroup`'s (as
    for Docker's sandboxes); this class makes the group, counts its OOM kills on v1, kills
    what runs in it and removes it.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        #: The path to give the runtime as ``cgroupsPath``.
        self.runtime_path = f"{PARENT}/{name}/{CHILD}"
        self._rel = f"{PARENT.lstrip('/')}/{name}"
        self._v1 = is_v1()
        #: Reads the figures and sets the memory limit.
        self.meter = Meter(self.path("cpuacct"), self.path("memory"), unified=not self._v1)

    def path(self, controller: str) -> Path:
        """Our folder in the hierarchy of ``controller`` (v2: the one hierarchy)."""
        return hierarchies()[controller if self._v1 else ""] / self._rel

    def create(self, limits: CgroupLimits) -> None:
        """Make the cgroup with ``limits``; OOM events are counted from now on."""
        if self._v1:
            for controller in ("memory", "cpu", "cpuacct", "pids"):
                self.path(controller).mkdir(parents=True, exist_ok=True)
            self.set_memory(limits.memory_bytes)
            _write(self.path("pids") / "pids.max", limits.pids)
            _write(self.path("cpu") / "cpu.cfs_period_us", limits.cpu_period_us)
            _write(self.path("cpu") / "cpu.cfs_quota_us", limits.cpu_quota_us)
            # v1 counts OOM kills in the killed process's own group (the runtime's child,
            # gone with the sandbox): ours counts them by eventfd.
            self.meter.count_ooms()
        else:
            folder = self.path("")
            folder.parent.mkdir(exist_ok=True)
            for above in (folder.parent.parent, folder.parent):
                _write(above / "cgroup.subtree_control", "+memory +pids +cpu")
            folder.mkdir(exist_ok=True)
            self.set_memory(limits.memory_bytes)
            _write(folder / "pids.max", limits.pids)
            _write(folder / "cpu.max", f"{limits.cpu_quota_us} {limits.cpu_period_us}")

    def set_memory(self, limit: int) -> None:
        """Memory, and memory + swap, to ``limit`` bytes (raising or lowering)."""
        self.meter.set_memory_limit(limit)

    def cpu_ns(self) -> int:
        return self.meter.cpu_ns()

    def memory_peak(self) -> int:
        return self.meter.memory_peak()

    def reset_peak(self) -> None:
        self.meter.reset_peak()

    def oom_kills(self) -> int:
        return self.meter.oom_kills()

    def pids(self) -> list[int]:
        """The processes in the runtime's child cgroup (where every sandbox process is)."""
        procs = self.path("pids" if self._v1 else "") / CHILD / "cgroup.procs"
        try:
            return [int(line) for line in procs.read_text().split()]
        except OSError:  # gone (ENOENT), or being removed as it is read (ENODEV)
            return []

    def kill(self) -> None:
        """SIGKILL every process of the sandbox (its init first: the kernel then ends the
        rest of its pid namespace, so a fork bomb cannot outrun the loop)."""
        for pid in self.pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def remove(self, timeout: float = 5.0) -> bool:
        """Remove the cgroup (and a child the runtime left) in every hierarchy; ``True`` when
        nothing is left."""
        self._close_files()
        deadline = time.monotonic() + timeout
        while True:
            busy = False
            for root in {*hierarchies().values()}:
                for path in (root / self._rel / CHILD, root / self._rel):
                    try:
                        path.rmdir()
                    except FileNotFoundError:
                        pass
                    except OSError as e:
                        if e.errno != errno.EBUSY:
                            raise
                        busy = True
            if not busy:
                return True
            if time.monotonic() > deadline:
                return False
            self.kill()
            time.sleep(0.01)

    def _close_files(self) -> None:
        self.meter.close()


def leftovers() -> set[str]:
    """The names of every sandbox cgroup that exists in any hierarchy."""
    names: set[str] = set()
    for root in {*hierarchies().values()}:
        with contextlib.suppress(FileNotFoundError):
            names.update(p.name for p in (root / PARENT.lstrip("/")).iterdir() if p.is_dir())
    return names


def _write(path: Path, value: object) -> None:
    with open(path, "w") as f:
        f.write(str(value))
