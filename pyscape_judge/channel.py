"""The host's side of a sandbox's output: records, stray text, stderr, and the output limit."""

from __future__ import annotations

import time
from typing import Any

import msgspec

from pyscape_judge.sandbox.base import STDERR, Sandbox

#: How much stderr and stray stdout the host keeps for error messages and display.
KEEP_BYTES = 64 * 1024


class OutputFlood(Exception):
    """The sandbox wrote more than its output limit."""


class ProtocolError(Exception):
    """The sandbox wrote a record the host cannot accept (corrupt, out of order)."""


class RecordChannel:
    """Splits a sandbox's stdout into records (lines starting with the nonce) and stray text."""

    def __init__(self, box: Sandbox, nonce: str, output_limit: int) -> None:
        self.box = box
        self.prefix = nonce.encode() + b" "
        self.output_limit = output_limit
        self.received = 0
        self.stderr = bytearray()
        self.stray = bytearray()
        self._pending = bytearray()
        self._scan = 0
        self._records: list[dict[str, Any]] = []
        self.eof = False

    def expect(self, nonce: str) -> None:
        """From now on, accept records carrying ``nonce`` only."""
        self.prefix = nonce.encode() + b" "

    def next_record(self, timeout: float) -> dict[str, Any] | None:
        """The next record, ``None`` at the end; raises ``TimeoutError`` or :class:`OutputFlood`."""
        deadline = time.monotonic() + timeout
        while not self._records:
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
        return self._records.pop(0)

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
                return
            self._line(bytes(self._pending[:end]))
            del self._pending[: end + 1]
            self._scan = 0

    def _line(self, line: bytes) -> None:
        if not line.startswith(self.prefix):
            if line:
                _keep(self.stray, line + b"\n")
            return
        try:
            record = msgspec.json.decode(line[len(self.prefix) :])
        except ValueError:  # msgspec.DecodeError, or UnicodeDecodeError for invalid UTF-8
            raise ProtocolError("a corrupt record") from None
        if not isinstance(record, dict):
            raise ProtocolError("a record that is not an object")
        self._records.append(record)


def _keep(buffer: bytearray, data: bytes) -> None:
    room = KEEP_BYTES - len(buffer)
    if room > 0:
        buffer += data[:room]
