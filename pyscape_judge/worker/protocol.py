"""What travels through Redis: the judging job, and the events a worker streams back.

A job carries the problem's slug and version (its folder hash), the language and the code, never
expected outputs: the worker has the problem. Its events go to a Redis stream of their own
(:func:`events_key`), read from the start by the client, so nothing is lost to a late reader:
``started`` for each attempt, ``result`` for each test as it is decided, then ``verdict`` (or
``error`` for a request the judge rejects, like an unknown language).
"""

from __future__ import annotations

import msgspec

from pyscape_judge.errors import JudgeError, LanguageError
from pyscape_judge.verdict import TestResult, Verdict

#: The SAQ queue's name (Redis keys ``saq:pyscape-judge:*``).
QUEUE_NAME = "pyscape-judge"
#: The SAQ function a worker registers.
FUNCTION = "judge"
#: A job whose worker has not touched it for this long is taken for dead and swept.
HEARTBEAT_S = 5
#: How often a worker touches its running jobs.
TOUCH_S = 1.0
#: How often workers sweep jobs of dead workers (retry once, then answer).
SWEEP_S = 2
#: How often a worker publishes its load.
WORKER_INFO_S = 2
#: Attempts of one job: the first, and one retry when its worker dies.
ATTEMPTS = 2
#: How long events and finished jobs are kept after the last write.
KEEP_S = 600


class QueueError(JudgeError):
    """Redis cannot be reached, or the queue answered something unexpected."""


class JudgeJob(msgspec.Struct, kw_only=True, frozen=True):
    """One submission to judge. ``version`` empty: whatever version the worker has."""

    slug: str
    version: str
    language: str
    code: str
    #: Epoch seconds after which nobody waits for the answer any more.
    deadline: float


class Started(msgspec.Struct, tag="started", frozen=True):
    worker: str
    attempt: int


class Progress(msgspec.Struct, tag="result", frozen=True):
    result: TestResult


class Done(msgspec.Struct, tag="verdict", frozen=True):
    verdict: Verdict


class Failed(msgspec.Struct, tag="error", frozen=True):
    """The judge rejected the request: ``kind`` names the :class:`JudgeError` to raise."""

    kind: str
    message: str


Event = Started | Progress | Done | Failed


class WorkerLoad(msgspec.Struct, kw_only=True):
    """One live worker (it vanishes from the list a few seconds after it dies)."""

    id: str
    host: str
    pid: int
    #: Jobs it judges at once, and how many it is judging now.
    concurrency: int
    running: int
    #: Jobs finished since it started, by outcome.
    complete: int = 0
    failed: int = 0
    retried: int = 0
    aborted: int = 0
    uptime_s: float = 0.0


class QueueStatus(msgspec.Struct, kw_only=True):
    #: Jobs waiting for a worker, and jobs being judged.
    queued: int
    active: int
    workers: list[WorkerLoad]

    @property
    def capacity(self) -> int:
        return sum(w.concurrency for w in self.workers)


#: The errors a worker may send back by name, raised again on the client.
ERRORS: dict[str, type[JudgeError]] = {
    "LanguageError": LanguageError,
    "JudgeError": JudgeError,
}


def events_key(job_key: str) -> str:
    """The Redis stream of a job's events."""
    return f"pyscape:judge:events:{job_key}"


def encode_event(event: Event) -> bytes:
    return msgspec.json.encode(event)


def decode_event(data: bytes) -> Event:
    return msgspec.json.decode(data, type=Event)  # type: ignore[arg-type]


def failed(error: JudgeError) -> Failed:
    """The event for a request the judge rejected."""
    kind = "LanguageError" if isinstance(error, LanguageError) else "JudgeError"
    return Failed(kind=kind, message=str(error))


def raise_failed(event: Failed) -> None:
    raise ERRORS.get(event.kind, JudgeError)(event.message)
