"""The host's side of a sandbox's output: typed records, stray text, stderr, the output limit.

Stdout is split into record lines (starting with the nonce the host expects now) and the
user's stray text; every record is decoded by :mod:`pyscape_judge.records`. Nothing a sandbox
writes can make this module raise anything but :class:`TimeoutError`, :class:`OutputFlood` or
:class:`~pyscape_judge.records.ProtocolError`.
"""

from __future__ import annotations

import time
from collections import deque

from pyscape_judge.errors import SandboxError
from pyscape_judge.records import PRIMED_NONCE, Primed, ProtocolError, Record, decode_record
from pyscape_judge.sandbox.base import STDERR, Sandbox

#: How much stderr and stray stdout the host keeps for error messages and display.
KEEP_BYTES = 64 * 1024
#: How long a sandbox may take to load its harness (a JVM warming javac up on a busy machine).
PRIME_TIMEOUT_S = 120.0


class OutputFlood(Exception):
    """The sandbox wrote more than its output limit (all together, or in one record)."""


class RecordChannel:
    """Splits a sandbox's stdout into records (lines starting with the nonce) and stray text."""

    def __init__(self, box: Sandbox, nonce: str, output_limit: int, record_limit: int) -> None:
        self.box = box
        self.prefix = nonce.encode() + b" "
        self.output_limit = output_limit
        #: The longest line the host reads: past it, an answer is too long to be one.
        self.record_limit = record_limit
        self.received = 0
        self.stderr = bytearray()
        self.stray = bytearray()
        self._pending = bytearray()
        self._scan = 0
        self._lines: deque[bytes] = deque()
        self.eof = False

    def expect(self, nonce: str) -> None:
        """From now on, accept records carrying ``nonce`` only."""
        self.prefix = nonce.encode() + b" "

    def next_record(self, timeout: float) -> Record | None:
        """The next record, ``None`` at the end of output.

        Raises :class:`TimeoutError`, :class:`OutputFlood` or ``ProtocolError``.
        """
        deadline = time.monotonic() + timeout
        while not self._lines:
            if self.eof:
                return None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            chunk = self.box.read(remaining)
            if chunk is None:
                self.eof = True
                self._line(bytes(self._pending))
                self._pending.clear()
                continue
            self.received += len(chunk.data)
            if self.received > self.output_limit:
                raise OutputFlood
            if chunk.stream == STDERR:
                _keep(self.stderr, chunk.data)
            else:
                self._feed(chunk.data)
        return decode_record(self._lines.popleft())

    def take_stray(self) -> str | None:
        """Stray stdout (written around the harness's capture) since the last call."""
        text = self.stray.decode("utf-8", "replace").strip("\n")
        self.stray.clear()
        return text or None

    def stderr_tail(self, lines: int = 20) -> str:
        return "\n".join(self.stderr.decode("utf-8", "replace").strip().splitlines()[-lines:])

    def _feed(self, data: bytes) -> None:
        self._pending += data
        while True:
            end = self._pending.find(b"\n", self._scan)
            if end < 0:
                self._scan = len(self._pending)
                if self._scan > self.record_limit:
                    raise OutputFlood
                return
            self._line(bytes(self._pending[:end]))
            del self._pending[: end + 1]
            self._scan = 0

    def _line(self, line: bytes) -> None:
        if len(line) > self.record_limit:
            raise OutputFlood
        if line.startswith(self.prefix):
            self._lines.append(line[len(self.prefix) :])
        elif line:
            _keep(self.stray, line + b"\n")


def await_primed(box: Sandbox, timeout: float = PRIME_TIMEOUT_S) -> None:
    """Wait for a freshly primed sandbox's ``primed`` record (written before any user code is
    in it). :class:`SandboxError` when it writes anything else or nothing in time: the
    harness or the image is broken, which is the judge's failure."""
    channel = RecordChannel(box, PRIMED_NONCE, 1 << 20, 1 << 16)
    try:
        record = channel.next_record(timeout)
    except (TimeoutError, OutputFlood, ProtocolError) as e:
        raise SandboxError(f"the sandbox did not load its harness ({type(e).__name__})") from None
    if not isinstance(record, Primed) or channel.stray or channel._pending:
        detail = channel.stderr_tail(5) or channel.take_stray() or "it ended"
        raise SandboxError(f"the sandbox did not load its harness: {detail}")


def _keep(buffer: bytearray, data: bytes) -> None:
    room = KEEP_BYTES - len(buffer)
    if room > 0:
        buffer += data[:room]
