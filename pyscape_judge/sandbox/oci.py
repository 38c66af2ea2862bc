"""The OCI backend: sandboxes straight from the runtime (crun, runc or gVisor's runsc), no engine.

Per sandbox: a bundle folder holding only ``config.json`` (every limit and isolation, from
:mod:`.bundle`), the cgroup we make (:mod:`.oci_cgroup`, where usage is read), and one
``<runtime> run`` process in the foreground, whose stdin, stdout and stderr are pipes to the
judge: the runtime hands them to the sandbox's init (a copy loop in runc, the descriptors
themselves in runsc) and reports the sandbox's exit status as its own. The root filesystem is
the image's, unpacked once and shared read-only (:mod:`.rootfs`); /tmp is a tmpfs per sandbox.

Names carry the judge's pid and start time (``pyscape-<pid>-<start>-<n>``), so that
:meth:`OciBackend.sweep` knows what a dead judge left: runtime state, cgroups, bundles.
Needs root on the host that runs the sandboxes.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import time
import weakref
from collections import deque
from pathlib import Path

import psutil

from pyscape_judge.errors import SandboxError
from pyscape_judge.sandbox import bundle
from pyscape_judge.sandbox.base import STDERR, STDOUT, Chunk, ExitStatus, RunSpec, Usage
from pyscape_judge.sandbox.oci_cgroup import Cgroup, leftovers
from pyscape_judge.sandbox.ready import readable, writable
from pyscape_judge.sandbox.rootfs import RootfsCache

log = logging.getLogger(__name__)

#: The runtime's state, the bundles: in memory (/run), gone at reboot like the sandboxes.
DEFAULT_STATE = Path("/run/pyscape/oci")
#: Sandboxes older than this are swept whoever owns them: no run lasts that long.
MAX_AGE_S = 3600
#: How long closing waits for the runtime to clean up after the sandbox was killed.
CLOSE_WAIT_S = 10.0
#: Flags of each runtime, before its subcommand.
RUNTIME_FLAGS = {
    "runc": (),
    # crun: runc's isolation from the same bundle (namespaces, cgroups, seccomp), written in C:
    # a third of runc's CPU a sandbox, which is two Go processes (runc, runc init).
    "crun": (),
    # runsc: no network stack at all. Its kernel (the Sentry) runs seccomp-confined on the
    # host; the bundle's filter is not applied inside as well (as with Docker's runsc): this
    # runsc's --oci-seccomp breaks thread creation (node, clang) under Docker's profile.
    "runsc": ("--network=none",),
}
_NAME = re.compile(r"pyscape-(\d+)-(\d+)-\d+")
_COUNTER = itertools.count()


def _owner() -> str:
    me = psutil.Process()
    return f"{me.pid}-{me.create_time():.0f}"


class OciBackend:
    """Starts each sandbox with ``runtime run`` on a bundle of its own."""

    name = "oci"
    runs_images = True

    def __init__(
        self,
        *,
        runtime: str = "runc",
        state_dir: Path = DEFAULT_STATE,
        rootfs: RootfsCache | None = None,
    ) -> None:
        if runtime not in RUNTIME_FLAGS:
            raise SandboxError(f"unknown OCI runtime {runtime!r}: use one of {list(RUNTIME_FLAGS)}")
        binary = shutil.which(runtime)
        if binary is None:
            raise SandboxError(
                f"the OCI runtime `{runtime}` is not installed (apt-get install {runtime})"
            )
        self.runtime = runtime
        self.binary = binary
        self.state_dir = Path(state_dir)
        #: The runtime's own state directory (its ``--root``).
        self.root = self.state_dir / runtime
        self.bundles = self.state_dir / "bundles"
        self.rootfs = rootfs or RootfsCache()
        self.owner = _owner()
        #: Sandboxes dropped without being closed (a bug of the judge's): removed at the next
        #: start, sweep or close. A deque: appended to by a garbage collection, without a lock.
        self._dropped: deque[tuple[str, Cgroup]] = deque()

    def runtime_command(self, *args: str, log_file: Path | None = None) -> list[str]:
        """The runtime's command line with our state directory and flags."""
        logging_ = ["--log", str(log_file), "--log-format", "json"] if log_file else []
        return [
            self.binary,
            "--root",
            str(self.root),
            *logging_,
            *RUNTIME_FLAGS[self.runtime],
            *args,
        ]

    def start(self, spec: RunSpec) -> OciSandbox:
        self._remove_dropped()
        rootfs = self.rootfs.get(spec.image)
        name = f"pyscape-{self.owner}-{next(_COUNTER)}"
        folder = self.bundles / name
        folder.mkdir(parents=True)
        cgroup = Cgroup(name)
        try:
            cgroup.create(bundle.cgroup_limits(spec, self.runtime))
            config = bundle.config(spec, rootfs, cgroup=cgroup.runtime_path)
            (folder / "config.json").write_text(json.dumps(config))
            command = self.runtime_command(
                "run", "--bundle", str(folder), name, log_file=folder / "runtime.log"
            )
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except BaseException as e:
            _remove(self, name, cgroup)
            if isinstance(e, OSError):
                raise SandboxError(f"could not start an OCI sandbox: {e}") from None
            raise
        box = OciSandbox(self, name, folder, cgroup, process)
        box.finalizer = weakref.finalize(box, self._dropped.append, (name, cgroup))
        box.finalizer.atexit = False  # at exit, the next judge's sweep removes it
        return box

    def sweep(self) -> int:
        """Remove what dead judges left (sandboxes still running, runtime state, cgroups,
        mounts, bundles), and any sandbox older than an hour, whoever owns it."""
        self._remove_dropped()
        names = set(leftovers())
        for folder in (self.bundles, self.root):
            with contextlib.suppress(FileNotFoundError):
                # runc keeps a folder per container, runsc "<name>_sandbox:<name>.state" files
                names.update(p.name.split("_sandbox:")[0] for p in folder.iterdir())
        removed = 0
        for name in names:
            match = _NAME.fullmatch(name)
            if match is None:
                continue
            if _alive(int(match[1]), int(match[2])) and not self._too_old(name):
                continue
            _remove(self, name, Cgroup(name))
            removed += 1
        if removed:
            log.info("swept %d leftover OCI sandboxes", removed)
        self.rootfs.prune(self._roots_in_use())
        return removed

    def _roots_in_use(self) -> set[str]:
        """The root filesystems of every sandbox that has a bundle (any judge's)."""
        roots = set()
        for config in self.bundles.glob("*/config.json"):
            with contextlib.suppress(OSError, ValueError, KeyError):
                roots.add(json.loads(config.read_text())["root"]["path"])
        return roots

    def _too_old(self, name: str) -> bool:
        try:
            created = (self.bundles / name / "config.json").stat().st_mtime
        except FileNotFoundError:  # being made or being removed by its live judge
            return False
        return time.time() - created > MAX_AGE_S

    def _remove_dropped(self) -> None:
        for _ in range(len(self._dropped)):
            try:
                name, cgroup = self._dropped.popleft()
            except IndexError:  # another thread took it
                return
            log.warning("sandbox %s was dropped without being closed", name)
            _remove(self, name, cgroup)

    def close(self) -> None:
        self._remove_dropped()
        self.rootfs.close()


def _alive(pid: int, started: int) -> bool:
    """Whether the judge process ``pid`` that started at ``started`` still runs."""
    try:
        return f"{psutil.Process(pid).create_time():.0f}" == str(started)
    except psutil.Error:
        return False


def _remove(backend: OciBackend, name: str, cgroup: Cgroup) -> None:
    """Kill the sandbox ``name`` and remove its runtime state, cgroup, mounts and bundle."""
    cgroup.kill()
    for mount in _mounts_of(name):  # none normally: a runtime that died mid-way may leave one
        subprocess.run(["umount", "--lazy", mount], stderr=subprocess.DEVNULL, check=False)
    if (backend.root / name).exists() or any(backend.root.glob(f"{name}_sandbox:*")):
        subprocess.run(
            backend.runtime_command("delete", "--force", name),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
    if not cgroup.remove():
        log.warning("the cgroup of sandbox %s is still busy; the next sweep retries", name)
    shutil.rmtree(backend.bundles / name, ignore_errors=True)


def _mounts_of(name: str) -> list[str]:
    """Mount points on the host whose path names sandbox ``name``, deepest first."""
    with open("/proc/self/mountinfo") as mounts:
        points = [line.split()[4] for line in mounts]
    return sorted((p for p in points if name in p.split("/")), key=len, reverse=True)


class OciSandbox:
    """One ``runtime run`` process and the sandbox it runs, talked to over its pipes."""

    def __init__(
        self,
        backend: OciBackend,
        name: str,
        folder: Path,
        cgroup: Cgroup,
        process: subprocess.Popen[bytes],
    ) -> None:
        self.backend = backend
        self.name = name
        self.folder = folder
        self.cgroup = cgroup
        self.process = process
        assert process.stdin and process.stdout and process.stderr
        self._stdin = process.stdin.fileno()
        os.set_blocking(self._stdin, False)
        self._streams = {process.stdout.fileno(): STDOUT, process.stderr.fileno(): STDERR}
        self._stdin_open = True
        self._closed = False
        #: Queues the sandbox's removal should it be dropped without being closed.
        self.finalizer: weakref.finalize | None = None

    def write(self, data: bytes, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view and self._stdin_open:
            try:
                written = os.write(self._stdin, view)
            except BlockingIOError:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError from None
                writable(self._stdin, remaining)
                continue
            except (BrokenPipeError, OSError):
                self._stdin_open = False  # the sandbox is gone; reading tells how it ended
                return
            view = view[written:]

    def read(self, timeout: float) -> Chunk | None:
        deadline = time.monotonic() + timeout
        while self._streams:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready = readable(self._streams, remaining)
            if not ready:
                raise TimeoutError
            for fd in ready:
                data = os.read(fd, 1 << 16)
                if data:
                    return Chunk(self._streams[fd], data)
                del self._streams[fd]
        return None

    def idle(self) -> bool:
        """Whether the sandbox is still silent (a waiting pool sandbox must be)."""
        if len(self._streams) < 2 or self.process.poll() is not None:
            return False
        return not readable(self._streams, 0)

    def set_memory(self, memory_mb: int) -> None:
        self.cgroup.set_memory(memory_mb * 1024 * 1024)  # CgroupError: a SandboxError

    def usage(self) -> Usage:
        return Usage(
            cpu_ns=self.cgroup.cpu_ns(),
            memory_bytes=self.cgroup.memory_peak(),
            oom_kills=self.cgroup.oom_kills(),
        )

    def reset_peak(self) -> None:
        self.cgroup.reset_peak()

    def exit_status(self) -> ExitStatus:
        """How the sandbox ended; :class:`SandboxError` when the runtime itself failed."""
        try:
            code = self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.warning("sandbox %s closed its output but still runs", self.name)
            return ExitStatus(None)
        failure = self._runtime_error()
        if failure:
            raise SandboxError(f"the OCI runtime {self.backend.runtime} failed: {failure}")
        if code < 0:  # the runtime itself was killed: the sandbox's own status is unknown
            return ExitStatus(128 - code)
        return ExitStatus(code, self.cgroup.oom_kills() > 0)

    def _runtime_error(self) -> str:
        try:
            lines = (self.folder / "runtime.log").read_text().splitlines()
        except FileNotFoundError:
            return ""
        errors = []
        for line in lines:
            with contextlib.suppress(ValueError):
                entry = json.loads(line)
                if entry.get("level") in ("error", "fatal"):
                    errors.append(str(entry.get("msg", "")))
        return "; ".join(errors)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.finalizer is not None:
            self.finalizer.detach()
        deadline = time.monotonic() + CLOSE_WAIT_S
        while self.process.poll() is None and time.monotonic() < deadline:
            self.cgroup.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.05)
        if self.process.poll() is None:
            log.warning("the runtime of sandbox %s did not exit; killing it", self.name)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        _remove(self.backend, self.name, self.cgroup)
