"""A scripted sandbox: what a hostile harness could write, fed to the real judge machinery.

A :class:`ScriptedBackend` starts :class:`ScriptedSandbox` es that answer every frame the host
writes with the next entry of a script: bytes on stdout or stderr, CPU time spent, or the end of
output. The script is a function of the frame, so it can use the job's nonce as a harness would.
"""

from __future__ import annotations

import io
import tarfile
from collections import deque
from collections.abc import Callable

import msgspec

from pyscape_judge.records import PRIMED_NONCE
from pyscape_judge.sandbox.base import STDERR, STDOUT, Chunk, ExitStatus, RunSpec, Usage


class Reply(msgspec.Struct, frozen=True):
    """What the sandbox does after one frame: write, spend CPU, maybe end."""

    stdout: bytes = b""
    stderr: bytes = b""
    cpu_ms: float = 0.0
    memory_kb: int = 1024
    end: bool = False
    oom_kills: int = 0


#: ``script(frame_number, frame_bytes, nonce)`` -> the reply; frame 0 is the prime.
Script = Callable[[int, bytes, str | None], Reply]

PRIMED = b"\n" + PRIMED_NONCE.encode() + b' {"event":"primed"}\n'


def record(nonce: str, **fields: object) -> bytes:
    return b"\n" + nonce.encode() + b" " + msgspec.json.encode(fields) + b"\n"


def after_ready(answer: Callable[[bytes, str], Reply]) -> Script:
    """A script that primes and says ``ready`` like a harness, then ``answer(frame, nonce)``."""

    def script(number: int, frame: bytes, nonce: str | None) -> Reply:
        if number == 0:
            return Reply(stdout=PRIMED)
        assert nonce is not None
        if number == 1:
            return Reply(stdout=record(nonce, event="ready"))
        return answer(frame, nonce)

    return script


class ScriptedSandbox:
    def __init__(self, script: Script, counts_ooms: bool = True) -> None:
        self.script = script
        self.counts_ooms = counts_ooms
        self.frames = 0
        self.nonce: str | None = None
        self.chunks: deque[Chunk] = deque()
        self.ended = False
        self.cpu_ns = 0
        self.memory = 0
        self.oom_kills = 0
        self.exit_code: int | None = 0
        self.closed = False

    def write(self, data: bytes, timeout: float) -> None:
        if self.ended:
            return
        self._learn_nonce(data)
        reply = self.script(self.frames, data, self.nonce)
        self.frames += 1
        for stream, payload in ((STDOUT, reply.stdout), (STDERR, reply.stderr)):
            for start in range(0, len(payload), 1 << 16):
                self.chunks.append(Chunk(stream, payload[start : start + (1 << 16)]))
        self.cpu_ns += int(reply.cpu_ms * 1e6)
        self.memory = max(self.memory, reply.memory_kb * 1024)
        self.oom_kills += reply.oom_kills
        if reply.end:
            self.ended = True

    def _learn_nonce(self, data: bytes) -> None:
        """The nonce a harness would learn: the job's, or a submission tar's ``nonce`` file."""
        _, _, body = data.partition(b"\n")
        try:
            job = msgspec.json.decode(body)
        except msgspec.DecodeError:
            try:
                with tarfile.open(fileobj=io.BytesIO(body)) as archive:
                    member = archive.extractfile("nonce")
                    self.nonce = member.read().decode() if member else None
            except (tarfile.TarError, KeyError):
                pass
            return
        if isinstance(job, dict) and isinstance(job.get("nonce"), str):
            self.nonce = job["nonce"]

    def read(self, timeout: float) -> Chunk | None:
        """The next chunk; silence is an endless loop: it spends the CPU time waited for."""
        if self.chunks:
            return self.chunks.popleft()
        if self.ended:
            return None
        self.cpu_ns += int(timeout * 1e9)
        raise TimeoutError

    def set_memory(self, memory_mb: int) -> None:
        pass

    def usage(self) -> Usage:
        return Usage(self.cpu_ns, self.memory, self.oom_kills if self.counts_ooms else None)

    def reset_peak(self) -> None:
        self.memory = 0

    def exit_status(self) -> ExitStatus:
        return ExitStatus(self.exit_code, oom_killed=False)

    def close(self) -> None:
        self.closed = True


class ScriptedBackend:
    name = "scripted"
    runs_images = False

    def __init__(self, script: Script, counts_ooms: bool = True) -> None:
        self.script = script
        #: False: a sandbox whose OOM kills nothing counts (a remote engine's statistics).
        self.counts_ooms = counts_ooms
        self.started: list[ScriptedSandbox] = []

    def start(self, spec: RunSpec) -> ScriptedSandbox:
        box = ScriptedSandbox(self.script, self.counts_ooms)
        self.started.append(box)
        return box

    def sweep(self) -> int:
        return 0

    def close(self) -> None:
        pass
