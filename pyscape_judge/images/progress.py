"""How an image build reports its progress: one line at a time to a :data:`Log`."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator

Log = Callable[[str], None]


def _log_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def _timed(log: Log, language: str, step: str) -> Iterator[None]:
    started = time.monotonic()
    yield
    log(f"{language}: {step} {time.monotonic() - started:.1f} s")
