"""A plain subprocess on the host: for TRUSTED code only (unit tests, the benchmark's floor).

It enforces nothing but the host's deadlines, and measures the process tree with psutil (no
cgroup). Never offer it to users' submissions.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time

import psutil

from pyscape_judge.sandbox.base import STDERR, STDOUT, Chunk, ExitStatus, RunSpec, Usage


class LocalBackend:
    """Runs each sandbox as a subprocess in a temporary work directory."""

    name = "local"
    runs_images = False

    def start(self, spec: RunSpec) -> LocalSandbox:
        return LocalSandbox(spec)

    def sweep(self) -> int:
        return 0

    def close(self) -> None:
        pass


class LocalSandbox:
    def __init__(self, spec: RunSpec) -> None:
        self.workdir = tempfile.mkdtemp(prefix="pyscape-local-")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.workdir,
            "LANG": "C.UTF-8",
            "PYSCAPE_WORK": self.workdir,
            **spec.env,
        }
        self.process = subprocess.Popen(
            list(spec.command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=self.workdir,
            start_new_session=True,
        )
        self.selector = selectors.DefaultSelector()
        assert self.process.stdout and self.process.stderr
        self.selector.register(self.process.stdout, selectors.EVENT_READ, STDOUT)
        self.selector.register(self.process.stderr, selectors.EVENT_READ, STDERR)
        self._cpu_ns = 0
        self._peak = 0

    def write(self, data: bytes, timeout: float) -> None:
        assert self.process.stdin
        fd = self.process.stdin.fileno()
        os.set_blocking(fd, False)
        view = memoryview(data)
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as writable:
            writable.register(fd, selectors.EVENT_WRITE)
            while view:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not writable.select(remaining):
                    raise TimeoutError
                try:
                    view = view[os.write(fd, view) :]
                except BlockingIOError:
                    continue
                except (BrokenPipeError, ConnectionResetError):
                    return  # the program is gone; reading tells how it ended

    def usage(self) -> Usage:
        """CPU time and memory of the process tree (children that ended included)."""
        try:
            root = psutil.Process(self.process.pid)
            cpu, rss = 0.0, 0
            for process in (root, *root.children(recursive=True)):
                times = process.cpu_times()
                cpu += times.user + times.system + times.children_user + times.children_system
                rss += process.memory_info().rss
        except psutil.Error:
            cpu, rss = 0.0, 0  # ended: the last figures stand
        self._cpu_ns = max(self._cpu_ns, int(cpu * 1e9))
        self._peak = max(self._peak, rss)
        return Usage(self._cpu_ns, self._peak)

    def reset_peak(self) -> None:
        self._peak = 0

    def read(self, timeout: float) -> Chunk | None:
        deadline = time.monotonic() + timeout
        while self.selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            for key, _ in self.selector.select(remaining):
                data = os.read(key.fd, 1 << 16)
                if data:
                    return Chunk(key.data, data)
                self.selector.unregister(key.fileobj)
        return None

    def set_memory(self, memory_mb: int) -> None:
        pass  # the local backend enforces no limits

    def exit_status(self) -> ExitStatus:
        code = self.process.wait(timeout=10)
        return ExitStatus(128 - code if code < 0 else code)

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream:
                stream.close()
        self.selector.close()
        shutil.rmtree(self.workdir, ignore_errors=True)
