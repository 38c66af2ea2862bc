"""What every sandbox backend offers: start a sandbox, talk to it over stdin/stdout, close it."""

from __future__ import annotations

import io
import tarfile
from typing import Protocol

import msgspec

from pyscape_judge.limits import Limits

STDOUT = 1
STDERR = 2

#: The command every sandbox starts with: read one frame (``<length>\n<tar bytes>``), unpack
#: it into the work directory and hand over to its ``start`` script. The harness then reads
#: the job frame from the same stdin.
BOOT = (
    'w="${PYSCAPE_WORK:-/tmp/w}"; mkdir -p "$w" && cd "$w" && read n'
    ' && dd bs="$n" count=1 iflag=fullblock status=none | tar -xf -'
    " && exec /bin/sh ./start"
)


class RunSpec(msgspec.Struct, kw_only=True, frozen=True):
    """What to start: an image (ignored by the local backend) and the limits to enforce."""

    language: str
    image: str
    limits: Limits
    env: dict[str, str] = {}
    command: tuple[str, ...] = ("/bin/sh", "-c", BOOT)


class Chunk(msgspec.Struct, frozen=True):
    stream: int
    data: bytes


class ExitStatus(msgspec.Struct, frozen=True):
    exit_code: int | None
    oom_killed: bool = False


class Usage(msgspec.Struct, frozen=True):
    """What the sandbox has used so far, read from outside it (its cgroup)."""

    #: CPU time of the whole sandbox (every thread of every process) since it started.
    cpu_ns: int
    #: Peak memory since the sandbox started or since :meth:`Sandbox.reset_peak`.
    memory_bytes: int
    #: Processes the kernel killed for want of memory; ``None`` where the sandbox cannot
    #: count them (a remote engine's statistics).
    oom_kills: int | None = None


class Sandbox(Protocol):
    """One live sandbox, used for exactly one submission, then closed."""

    def write(self, data: bytes, timeout: float) -> None:
        """Send ``data`` to the sandbox's stdin; raise ``TimeoutError`` past ``timeout``."""

    def read(self, timeout: float) -> Chunk | None:
        """The next output chunk; ``None`` at end of output; ``TimeoutError`` past ``timeout``."""

    def set_memory(self, memory_mb: int) -> None:
        """Change the memory limit of the running sandbox (lowered after compiling)."""

    def usage(self) -> Usage:
        """CPU time and peak memory of the whole sandbox, measured from outside it."""

    def reset_peak(self) -> None:
        """Start the peak memory afresh (after compiling); best effort."""

    def exit_status(self) -> ExitStatus:
        """How the sandbox ended (call after ``read`` returned ``None``)."""

    def close(self) -> None:
        """Kill and remove the sandbox. Safe to call twice."""


class Backend(Protocol):
    name: str
    #: Whether sandboxes run the language's image (Docker, OCI), whose harness a language may
    #: start straight away (:meth:`~pyscape_judge.languages.base.Language.image_boot`), or
    #: the host's files (the local backend), which need the harness in the prime.
    runs_images: bool

    def start(self, spec: RunSpec) -> Sandbox:
        """Create and start a fresh sandbox."""

    def sweep(self) -> int:
        """Remove sandboxes left behind by dead judges; return how many."""

    def close(self) -> None:
        """Release the backend's resources."""


def frame(data: bytes) -> bytes:
    """``<length>\\n<data>``: how every message to a sandbox is framed."""
    return b"%d\n%s" % (len(data), data)


def tar_bytes(files: dict[str, bytes | str]) -> bytes:
    """An uncompressed tar archive holding ``files`` (name -> content)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as archive:
        for name, content in sorted(files.items()):
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o755 if name == "start" else 0o644
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()
