"""A sandbox's cgroup, read from the host: CPU time and memory measured outside the sandbox.

The cgroup is found from a process of the sandbox (a container's init pid): its
``/proc/<pid>/cgroup`` names the group, and the host's mount table says where each hierarchy
is mounted. Works on cgroup v1 (one hierarchy per controller) and v2 (the unified one), with
the cgroupfs and systemd drivers alike, and for a reader that is not root (the files read are
world-readable; only resetting the peak and changing the limit need more, and are optional).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from pyscape_judge.errors import SandboxError
from pyscape_judge.sandbox.ready import readable


class CgroupError(SandboxError):
    """The sandbox's cgroup cannot be found or read from here."""


#: The most of a cgroup file read (the longest, ``memory.oom_control`` or ``cpu.stat``, are
#: a few hundred bytes).
READ_BYTES = 4096
#: A memory threshold no group reaches: an eventfd on it is signalled only when the group is
#: removed.
NEVER_BYTES = 1 << 62
#: How long a count of OOM kills waits for a removed group's last signals.
REMOVAL_WAIT_S = 1.0


class Cgroup:
    """The cgroup of one sandbox; figures are cumulative since the group was made."""

    def __init__(self, cpu: Path, memory: Path, *, unified: bool) -> None:
        #: Folders holding the CPU accounting and the memory files (the same one on v2).
        self.cpu = cpu
        self.memory = memory
        self.unified = unified
        #: v2 resets the peak per open file: the descriptor that reset it is the one to read.
        self._peak_fd: int | None = None
        #: The highest usage seen by :meth:`sample`, for where the peak cannot be reset.
        self._sampled = 0
        self._reset_failed = False
        #: The files read, each opened once and read again from its start at every look
        #: (the judge reads them twice a test).
        self._files: dict[Path, int] = {}
        #: v1's OOM kills, counted by eventfd (:meth:`count_ooms`): the OOM eventfd, the one
        #: only the group's removal signals, the signals seen, and whether it was removed.
        self._oom_fd: int | None = None
        self._removal_fd: int | None = None
        self._oom_signals = 0
        self._removed = False

    @classmethod
    def of_pid(cls, pid: int, proc: Path = Path("/proc")) -> Cgroup:
        """The cgroup of process ``pid``; :class:`CgroupError` when it cannot be read."""
        try:
            lines = (proc / str(pid) / "cgroup").read_text().splitlines()
            mounts = (proc / "self" / "mountinfo").read_text().splitlines()
        except OSError as e:
            raise CgroupError(f"cannot read the cgroup of process {pid}: {e}") from None
        return cls.resolve(lines, mounts)

    @classmethod
    def resolve(cls, cgroup_lines: list[str], mountinfo: list[str]) -> Cgroup:
        """The cgroup named by a ``/proc/<pid>/cgroup`` text, under the mounts of ``mountinfo``."""
        paths = {}  # controller ("" for the unified hierarchy) -> path in its hierarchy
        for line in cgroup_lines:
            parts = line.split(":", 2)
            if len(parts) != 3:
                continue
            _, controllers, path = parts
            for name in controllers.split(",") if controllers else [""]:
                paths[name] = path
        v1 = _v1_mounts(mountinfo)
        if "cpuacct" in paths and "memory" in paths and "cpuacct" in v1 and "memory" in v1:
            cpu = _join(v1["cpuacct"], paths["cpuacct"])
            memory = _join(v1["memory"], paths["memory"])
            group = cls(cpu, memory, unified=False)
        elif "" in paths and (unified := _v2_mount(mountinfo)) is not None:
            folder = _join(unified, paths[""])
            group = cls(folder, folder, unified=True)
        else:
            raise CgroupError("no cpuacct and memory cgroup (v1) or unified hierarchy (v2)")
        group.cpu_ns()  # readable from here, or say so now
        return group

    # ------------------------------------------------------------------------ figures

    def cpu_ns(self) -> int:
        """CPU time of every task in the group, in nanoseconds."""
        if not self.unified:
            return int(self._read(self.cpu / "cpuacct.usage"))
        return _stat(self._read(self.cpu / "cpu.stat"), "usage_usec") * 1000

    def memory_current(self) -> int:
        name = "memory.current" if self.unified else "memory.usage_in_bytes"
        return int(self._read(self.memory / name))

    def sample(self) -> int:
        """Note the current usage (the peak of last resort); return it."""
        current = self.memory_current()
        self._sampled = max(self._sampled, current)
        return current

    def memory_peak(self) -> int:
        """The highest memory usage since the group was made or :meth:`reset_peak`."""
        if self._reset_failed:
            return max(self._sampled, self.sample())
        if self.unified:
            if self._peak_fd is not None:
                return int(os.pread(self._peak_fd, 64, 0))
            peak = self.memory / "memory.peak"
            if not peak.exists():  # kernels before 5.19
                return max(self._sampled, self.sample())
            return int(self._read(peak))
        return int(self._read(self.memory / "memory.max_usage_in_bytes"))

    def reset_peak(self) -> None:
        """Start the peak afresh at the current usage (after compiling); samples if not allowed."""
        try:
            if self.unified:
                fd = os.open(self.memory / "memory.peak", os.O_RDWR)
                try:
                    os.write(fd, b"reset\n")
                except OSError:
                    os.close(fd)
                    raise
                self.close()
                self._peak_fd = fd
            else:
                (self.memory / "memory.max_usage_in_bytes").write_text("0")
        except OSError:
            self._reset_failed = True
            self._sampled = 0
            self.sample()

    def count_ooms(self) -> bool:
        """Count the group's OOM kills from now on with an eventfd, which still tells after
        the group is gone (v1, as root; elsewhere :meth:`oom_kills` reads the group's files).

        v1 counts a kill only in the killed process's own group, which the runtime removes with
        the sandbox, perhaps before the judge looks. The kernel signals the eventfd at each OOM,
        while the group still exists, and once more when the group is removed: a second
        eventfd, on a memory threshold no group reaches, is signalled only then, after the
        first (their removals are queued in the order they were registered).
        """
        if self.unified or self._oom_fd is not None:
            return self._oom_fd is not None
        fds: list[int] = []
        try:
            for watched, argument in (
                ("memory.oom_control", ""),
                ("memory.usage_in_bytes", NEVER_BYTES),
            ):
                event = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)
                fds.append(event)
                target = os.open(self.memory / watched, os.O_RDONLY | os.O_CLOEXEC)
                fds.append(target)
                line = f"{event} {target} {argument}".strip()
                with open(self.memory / "cgroup.event_control", "w") as control:
                    control.write(line)
        except OSError:
            for fd in fds:
                os.close(fd)
            return False
        self._oom_fd, oom_target, self._removal_fd, removal_target = fds
        os.close(oom_target)
        os.close(removal_target)
        return True

    def oom_kills(self) -> int:
        """Processes of the group the kernel killed for want of memory (0 where untold)."""
        if self._oom_fd is not None:
            return self._counted_ooms()
        try:
            if self.unified:
                return _stat(self._read(self.memory / "memory.events"), "oom_kill")
            return _stat(self._read(self.memory / "memory.oom_control"), "oom_kill")
        except (CgroupError, KeyError):
            return 0

    def set_memory_limit(self, limit: int) -> None:
        """Memory and memory + swap both at ``limit`` bytes (needs write access: root)."""
        try:
            if self.unified:
                (self.memory / "memory.max").write_text(str(limit))
                swap = self.memory / "memory.swap.max"
                if swap.exists():
                    swap.write_text("0")
                return
            # v1 refuses a memory limit above memory + swap: lower memory first, raise swap first.
            memory = self.memory / "memory.limit_in_bytes"
            swap = self.memory / "memory.memsw.limit_in_bytes"
            order = [memory, swap] if limit <= int(self._read(memory)) else [swap, memory]
            for path in order:
                if path.exists():
                    path.write_text(str(limit))
        except OSError as e:
            raise CgroupError(f"cannot set the sandbox's memory limit: {e}") from None

    def _counted_ooms(self) -> int:
        assert self._oom_fd is not None and self._removal_fd is not None
        self._oom_signals += _drain(self._oom_fd)
        if not self._removed:
            try:
                self._read(self.memory / "memory.oom_control")
                return self._oom_signals  # read after the signals: none was the removal's
            except CgroupError:
                pass
            # Removed: once its removal's signal (queued after the OOM eventfd's) is here,
            # every signal is, one of them the removal's.
            self._removed = bool(readable([self._removal_fd], REMOVAL_WAIT_S))
            self._oom_signals += _drain(self._oom_fd)
        return max(0, self._oom_signals - self._removed)

    def close(self) -> None:
        """Close the files held open (reading again opens them again; OOM kills are no longer
        counted by eventfd)."""
        held = [*self._files.values(), self._peak_fd, self._oom_fd, self._removal_fd]
        self._files, self._peak_fd, self._oom_fd, self._removal_fd = {}, None, None, None
        for fd in held:
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)

    def _read(self, path: Path) -> str:
        fd = self._files.get(path)
        try:
            if fd is None:
                fd = self._files[path] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            return os.pread(fd, READ_BYTES, 0).decode()
        except (OSError, ValueError) as e:
            raise CgroupError(f"cannot read {path}: {e}") from None


def _drain(eventfd: int) -> int:
    """The signals an eventfd holds (0 if none), taken."""
    try:
        return os.eventfd_read(eventfd)
    except BlockingIOError:
        return 0


def _stat(text: str, key: str) -> int:
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name == key:
            return int(value)
    raise KeyError(key)


def _join(mount: tuple[Path, str], path: str) -> Path:
    """The folder of cgroup ``path`` in a hierarchy mounted at ``mount`` (point, root)."""
    point, root = mount
    if root != "/" and (path == root or path.startswith(root.rstrip("/") + "/")):
        path = path[len(root) :]  # the reader sits in a cgroup namespace: paths are relative
    return point / path.lstrip("/")


def _v1_mounts(mountinfo: list[str]) -> dict[str, tuple[Path, str]]:
    """Controller -> (mount point, root in the hierarchy) for every cgroup v1 mount."""
    found: dict[str, tuple[Path, str]] = {}
    for line in mountinfo:
        fields, _, tail = line.partition(" - ")
        parts, extra = fields.split(), tail.split()
        if len(parts) < 5 or len(extra) < 3 or extra[0] != "cgroup":
            continue
        for option in extra[2].split(","):
            found.setdefault(option, (Path(_unescape(parts[4])), _unescape(parts[3])))
    return found


def _v2_mount(mountinfo: list[str]) -> tuple[Path, str] | None:
    for line in mountinfo:
        fields, _, tail = line.partition(" - ")
        parts, extra = fields.split(), tail.split()
        if len(parts) >= 5 and extra and extra[0] == "cgroup2":
            return Path(_unescape(parts[4])), _unescape(parts[3])
    return None


def _unescape(text: str) -> str:
    """mountinfo writes a space as ``\\040`` (and tab, newline, backslash likewise)."""
    return (
        text.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )
