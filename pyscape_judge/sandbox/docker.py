"""The Docker backend: one fresh, locked-down container per submission.

Every container runs with no network, memory with swap equal to memory, a pids limit, a CPU
quota, a read-only root with a small tmpfs at /tmp, a non-root user, no capabilities,
no-new-privileges, file-size and stack limits, an init process, and no log driver. Containers
carry labels naming the judge that owns them, so that leftovers of a dead judge are swept.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time
import weakref
from collections import deque
from typing import Any

import docker
import docker.errors
import psutil
import requests.exceptions
from docker.types import LogConfig, Ulimit

from pyscape_judge.errors import ImageError, SandboxError
from pyscape_judge.sandbox.base import Chunk, ExitStatus, RunSpec, Usage
from pyscape_judge.sandbox.cgroup import Cgroup, CgroupError
from pyscape_judge.sandbox.ready import readable

log = logging.getLogger(__name__)

LABEL = "pyscape.sandbox"
OWNER_LABEL = "pyscape.owner"
SANDBOX_USER = "65534:65534"
#: Containers older than this are swept whoever owns them: no run lasts that long.
MAX_AGE_S = 3600
#: gVisor's kernel (the Sentry) runs on host threads that count against the pids limit; the
#: sandboxed processes themselves are its tasks, not host processes.
RUNSC_THREADS = 192
_ENGINE_ERRORS = (docker.errors.DockerException, requests.exceptions.RequestException, OSError)


def engine_error(error: BaseException) -> SandboxError:
    """A :class:`SandboxError` that says the engine is unreachable and what to do."""
    return SandboxError(
        f"the Docker engine is not reachable ({type(error).__name__}: {error}); start it "
        "(`bash scripts/docker-up.sh` as root) or set DOCKER_HOST"
    )


def _owner_id() -> str:
    me = psutil.Process()
    return f"{socket.gethostname()}:{me.pid}:{me.create_time():.0f}"


class DockerBackend:
    """Starts sandboxes as Docker containers under ``runtime`` (``runc`` or gVisor's ``runsc``)."""

    name = "docker"
    runs_images = True

    def __init__(
        self,
        *,
        runtime: str = "runc",
        base_url: str | None = None,
        api_timeout: float = 30.0,
        client: docker.DockerClient | None = None,
    ) -> None:
        #: ``auto`` is the engine's own default, runc.
        self.runtime = "runc" if runtime == "auto" else runtime
        self._base_url = base_url
        self._api_timeout = api_timeout
        self._client = client
        self._lock = threading.Lock()
        self.owner = _owner_id()
        self._said_fallback = False
        #: Containers whose removal failed, or whose sandbox was dropped without being closed:
        #: removed again at the next start, sweep or close. A deque: appended to without a
        #: lock, from a garbage collection that may run inside a call holding one.
        self._unremoved: deque[str] = deque()

    @property
    def client(self) -> docker.DockerClient:
        """The engine client, created on first use; :class:`SandboxError` when unreachable."""
        with self._lock:
            if self._client is None:
                try:
                    if self._base_url:
                        client = docker.DockerClient(
                            base_url=self._base_url, timeout=self._api_timeout
                        )
                    else:
                        client = docker.from_env(timeout=self._api_timeout)
                    client.ping()
                except _ENGINE_ERRORS as e:
                    raise engine_error(e) from None
                self._client = client
            return self._client

    def start(self, spec: RunSpec) -> DockerSandbox:
        if self._unremoved:
            self._remove_unremoved()
        api = self.client.api
        try:
            container = api.create_container(
                spec.image,
                command=list(spec.command),
                user=SANDBOX_USER,
                working_dir="/tmp",
                environment={"HOME": "/tmp", "LANG": "C.UTF-8", **spec.env},
                stdin_open=True,
                tty=False,
                network_disabled=True,
                labels={LABEL: spec.language, OWNER_LABEL: self.owner},
                host_config=api.create_host_config(**self.host_config(spec)),
            )["Id"]
        except docker.errors.ImageNotFound:
            raise ImageError(
                f"the sandbox image {spec.image} is missing: build it with "
                "`pyscape-judge images build`"
            ) from None
        except _ENGINE_ERRORS as e:
            raise engine_error(e) from None
        box = DockerSandbox(self, container)
        # A sandbox dropped unclosed (a bug of the judge's) leaves no container behind.
        box.finalizer = weakref.finalize(box, self._dropped, container)
        box.finalizer.atexit = False  # at exit, the next judge's sweep removes it
        try:
            sock = api.attach_socket(
                container, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
            )
            box.attach(sock)
            api.start(container)
            box.meter = self._meter(container)
        except BaseException as e:
            box.close()
            if isinstance(e, _ENGINE_ERRORS):
                raise engine_error(e) from None
            raise
        return box

    def _meter(self, container: str) -> Cgroup | EngineStats:
        """Where the sandbox's CPU time and memory are read: its cgroup, found from its init
        process, or (an engine on another host, a judge in a container of its own) the
        engine's one-shot statistics. Never figures from inside the sandbox."""
        pid = int(self.client.api.inspect_container(container)["State"]["Pid"])
        try:
            meter = Cgroup.of_pid(pid)
        except CgroupError as e:
            if not self._said_fallback:
                self._said_fallback = True
                log.warning(
                    "sandbox figures come from the engine's statistics, not the cgroup (%s): "
                    "slower, and CPU time is polled less often",
                    e,
                )
            return EngineStats(self, container)
        # The engine removes the container's cgroup as soon as it ends, before the judge
        # reads its OOM kills: they are counted as they happen instead, by the judge itself
        # (the engine's OOMKilled comes from containerd's own watch of the same group).
        meter.count_ooms()
        return meter

    def host_config(self, spec: RunSpec) -> dict[str, Any]:
        """Every isolation flag and limit of one sandbox, as docker-py's host config."""
        lim = spec.limits
        memory = f"{lim.memory_mb}m"
        return {
            "network_mode": "none",
            "mem_limit": memory,
            "memswap_limit": memory,
            "pids_limit": lim.pids + (RUNSC_THREADS if self.runtime == "runsc" else 0),
            "nano_cpus": int(lim.cpus * 1e9),
            "read_only": True,
            "tmpfs": {"/tmp": f"rw,exec,nosuid,nodev,size={lim.tmpfs_mb}m,mode=1777"},
            "shm_size": 1024 * 1024,
            "cap_drop": ["ALL"],
            "security_opt": ["no-new-privileges"],
            "ulimits": [
                Ulimit(name="fsize", soft=lim.file_size_kb * 1024, hard=lim.file_size_kb * 1024),
                Ulimit(
                    name="stack", soft=lim.stack_mb * 1024 * 1024, hard=lim.stack_mb * 1024 * 1024
                ),
                Ulimit(name="nofile", soft=lim.nofile, hard=lim.nofile),
                Ulimit(name="core", soft=0, hard=0),
            ],
            "init": True,
            "runtime": self.runtime,
            "log_config": LogConfig(type="none"),
            "oom_score_adj": 500,
            "ipc_mode": "private",
        }

    def sweep(self) -> int:
        """Remove sandboxes whose judge process is gone, and any older than an hour."""
        try:
            listed = self.client.api.containers(all=True, filters={"label": LABEL})
        except _ENGINE_ERRORS as e:
            raise engine_error(e) from None
        self._remove_unremoved()
        removed = 0
        for info in listed:
            owner = info.get("Labels", {}).get(OWNER_LABEL, "")
            too_old = time.time() - info.get("Created", 0) > MAX_AGE_S
            if too_old or not _owner_alive(owner):
                self._remove(info["Id"])
                removed += 1
        if removed:
            log.info("swept %d leftover sandbox containers", removed)
        return removed

    def _remove(self, container: str) -> None:
        try:
            self.client.api.remove_container(container, force=True)
        except docker.errors.NotFound:
            pass
        except _ENGINE_ERRORS as e:
            log.warning("could not remove sandbox %s (tried again later): %s", container[:12], e)
            self._unremoved.append(container)

    def _remove_unremoved(self) -> None:
        for _ in range(len(self._unremoved)):  # each once: a failure is queued again
            try:
                container = self._unremoved.popleft()
            except IndexError:  # another thread took it
                return
            self._remove(container)

    def _dropped(self, container: str) -> None:
        """A sandbox was garbage-collected unclosed: its container goes at the next chance
        (not here: a collection may run on any thread, inside any call)."""
        log.warning("sandbox %s was dropped without being closed", container[:12])
        self._unremoved.append(container)

    def close(self) -> None:
        if self._client is not None:
            self._remove_unremoved()
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


def _owner_alive(owner: str) -> bool:
    """Whether the judge process named by an owner label still runs (other hosts: assume so)."""
    try:
        host, pid, created = owner.rsplit(":", 2)
        if host != socket.gethostname():
            return True
        process = psutil.Process(int(pid))
        return f"{process.create_time():.0f}" == created
    except (ValueError, psutil.Error):
        return False


_HEADER = struct.Struct(">BxxxL")


class DockerSandbox:
    """A started container, attached over one socket: stdin in, multiplexed stdout/stderr out."""

    def __init__(self, backend: DockerBackend, container: str) -> None:
        self.backend = backend
        self.container = container
        self._sock: socket.socket | None = None
        self._keep: Any = None
        self._buffer = bytearray()
        self._eof = False
        self._closed = False
        #: Removes the container should this sandbox be dropped without being closed.
        self.finalizer: weakref.finalize | None = None
        #: Where CPU time and memory are read from (set once the container runs).
        self.meter: Cgroup | EngineStats | None = None

    def attach(self, sock: Any) -> None:
        self._keep = sock  # keeps the HTTP response (and so the socket) alive
        self._sock = getattr(sock, "_sock", sock)
        self._sock.setblocking(True)

    def idle(self) -> bool:
        """Whether the sandbox is still silent (a waiting pool sandbox must be)."""
        if self._sock is None or self._eof or self._buffer:
            return False
        return not readable([self._sock], 0)

    def write(self, data: bytes, timeout: float) -> None:
        assert self._sock is not None
        self._sock.settimeout(max(timeout, 0.001))
        try:
            self._sock.sendall(data)
        except TimeoutError:
            raise
        except OSError:
            pass  # the container is gone; reading tells how it ended

    def read(self, timeout: float) -> Chunk | None:
        deadline = time.monotonic() + timeout
        if not self._fill(_HEADER.size, deadline):
            return None
        stream, size = _HEADER.unpack_from(self._buffer)
        if not self._fill(_HEADER.size + size, deadline):
            return None
        data = bytes(self._buffer[_HEADER.size : _HEADER.size + size])
        del self._buffer[: _HEADER.size + size]
        return Chunk(stream, data)

    def _fill(self, size: int, deadline: float) -> bool:
        assert self._sock is not None
        while len(self._buffer) < size:
            if self._eof:
                return False
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            if not readable([self._sock], remaining):
                raise TimeoutError
            try:
                data = self._sock.recv(1 << 16)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            if not data:
                self._eof = True
                return False
            self._buffer += data
        return True

    def set_memory(self, memory_mb: int) -> None:
        """Lower (or raise) the memory limit: straight in the cgroup where the judge may write
        it (fast, and the only way under runsc, which has no ``update``), else by the engine."""
        limit = memory_mb * 1024 * 1024
        if isinstance(self.meter, Cgroup):
            try:
                self.meter.set_memory_limit(limit)
                return
            except CgroupError:
                if self.backend.runtime == "runsc":
                    raise
        memory = f"{memory_mb}m"
        try:
            self.backend.client.api.update_container(
                self.container, mem_limit=memory, memswap_limit=memory
            )
        except _ENGINE_ERRORS as e:
            raise SandboxError(f"could not set the sandbox's memory limit: {e}") from None

    def usage(self) -> Usage:
        if self.meter is None:
            raise SandboxError("the sandbox is not running")
        return Usage(self.meter.cpu_ns(), self.meter.memory_peak(), self.meter.oom_kills())

    def reset_peak(self) -> None:
        if self.meter is not None:
            self.meter.reset_peak()

    def exit_status(self) -> ExitStatus:
        """How the container ended; :class:`SandboxError` when the engine cannot tell (it
        stopped under the run, which is the judge's failure, not the program's)."""
        api = self.backend.client.api
        try:
            code = api.wait(self.container, timeout=10)["StatusCode"]
            state = api.inspect_container(self.container)["State"]
        except requests.exceptions.ReadTimeout:  # still running with its output closed
            log.warning("sandbox %s closed its output but still runs", self.container[:12])
            return ExitStatus(None)
        except _ENGINE_ERRORS as e:
            raise engine_error(e) from None
        counted = self.meter.oom_kills() if self.meter is not None else None
        return ExitStatus(code, bool(state.get("OOMKilled")) or bool(counted))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.finalizer is not None:
            self.finalizer.detach()
        try:
            if isinstance(self.meter, Cgroup):
                self.meter.close()
            if self._sock is not None:
                # shutdown() reaches the connection even while the HTTP response still holds a
                # reference to the socket: the engine stops streaming a flood to nobody.
                sock = self._sock
                for end in (
                    lambda: sock.shutdown(socket.SHUT_RDWR),
                    sock.close,
                    getattr(self._keep, "close", lambda: None),
                ):
                    with contextlib.suppress(OSError):
                        end()
        finally:
            self.backend._remove(self.container)


class EngineStats:
    """CPU time and memory from the engine's one-shot statistics: for when the cgroup cannot
    be read from here. Slower than the cgroup (an API call each), never from inside."""

    #: One reading serves the CPU time and the memory asked for together (each costs the
    #: engine up to a second).
    FRESH_S = 0.1

    def __init__(self, backend: DockerBackend, container: str) -> None:
        self.backend = backend
        self.container = container
        self._peak = 0
        self._reset = False
        self._last: tuple[float, dict[str, Any]] = (-1.0, {})

    def _stats(self) -> dict[str, Any]:
        taken, stats = self._last
        if time.monotonic() - taken < self.FRESH_S:
            return stats
        try:
            stats = self.backend.client.api.stats(self.container, stream=False, one_shot=True)
        except _ENGINE_ERRORS as e:
            raise engine_error(e) from None
        self._last = (time.monotonic(), stats)
        return stats

    def cpu_ns(self) -> int:
        return int(self._stats().get("cpu_stats", {}).get("cpu_usage", {}).get("total_usage", 0))

    def memory_peak(self) -> int:
        memory = self._stats().get("memory_stats", {})
        peak = None if self._reset else memory.get("max_usage")  # since the start: compiling too
        self._peak = max(self._peak, int(peak or memory.get("usage") or 0))
        return self._peak

    def reset_peak(self) -> None:
        self._reset = True
        self._peak = int(self._stats().get("memory_stats", {}).get("usage") or 0)

    def oom_kills(self) -> int | None:
        return None  # the engine's statistics do not count them

    def set_memory_limit(self, limit: int) -> None:
        raise CgroupError("the engine's statistics cannot set a limit")


def ensure_runtime(client: docker.DockerClient, runtime: str) -> None:
    """Raise :class:`SandboxError` unless the engine knows ``runtime``."""
    try:
        runtimes = client.info().get("Runtimes", {})
    except _ENGINE_ERRORS as e:
        raise engine_error(e) from None
    if runtime not in runtimes:
        raise SandboxError(
            f"the Docker engine has no runtime `{runtime}` (it has: {', '.join(runtimes)}); "
            "register it in /etc/docker/daemon.json (scripts/docker-up.sh does it for runsc)"
        )
