"""The server's side of the queue: :class:`QueueJudge` judges like :class:`~pyscape_judge.Judge`.

``await QueueJudge(url).judge_async(problem, language, code, on_result=...)`` enqueues a job,
follows its event stream (each test's result goes to ``on_result`` as a worker decides it; a
retry on another worker does not repeat results already seen) and returns the verdict. It never
waits past the deadline: a job nobody finished by then is aborted and answered
``internal_error``, as is a job whose workers died on both attempts.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
from saq.job import Status as JobStatus

from pyscape_judge.problem import Problem, load_problem
from pyscape_judge.verdict import TestResult, Verdict, internal_error
from pyscape_judge.worker.protocol import (
    ATTEMPTS,
    FUNCTION,
    HEARTBEAT_S,
    KEEP_S,
    Done,
    Event,
    Failed,
    JudgeJob,
    Progress,
    QueueError,
    QueueStatus,
    Started,
    decode_event,
    events_key,
    raise_failed,
)
from pyscape_judge.worker.queue import JudgeQueue, open_queue
from pyscape_judge.worker.status import read_status

log = logging.getLogger(__name__)

OnResult = Callable[[TestResult], None]
#: How long one read of the event stream blocks before the job's state is checked.
POLL_S = 1.0
#: A job in one of these states gets no verdict any more (ABORTING may still be retried).
ENDED = {JobStatus.ABORTED, JobStatus.FAILED}


class Ticket(msgspec.Struct, frozen=True):
    """An enqueued job: its key, and the deadline (epoch seconds) of its answer."""

    key: str
    deadline: float
    tests: int
    language: str


class QueueJudge:
    """Judges through the Redis queue at ``redis_url``; answers within ``deadline_s`` seconds."""

    def __init__(
        self, redis_url: str, *, deadline_s: float = 120.0, problems_dir: Path | None = None
    ) -> None:
        self.redis_url = redis_url
        self.deadline_s = deadline_s
        self.problems_dir = problems_dir
        self.queue = open_queue(redis_url)

    async def judge_async(
        self,
        problem: Problem | str | Path,
        language: str,
        code: str,
        *,
        on_result: OnResult | None = None,
    ) -> Verdict:
        """Judge ``code`` on a worker; ``on_result`` sees each test's result as it is decided.

        Raises :class:`~pyscape_judge.LanguageError` (or another ``JudgeError``) when the worker
        rejects the request, :class:`QueueError` when Redis cannot be reached.
        """
        ticket = await self.enqueue(problem, language, code)
        return await self.wait(ticket, on_result=on_result)

    async def enqueue(self, problem: Problem | str | Path, language: str, code: str) -> Ticket:
        """Put a job on the queue: the problem's slug and version travel, never its tests."""
        if not isinstance(problem, Problem):
            problem = await asyncio.to_thread(load_problem, problem, self.problems_dir)
        deadline = time.time() + self.deadline_s
        task = JudgeJob(
            slug=problem.slug,
            version=problem.version,
            language=language,
            code=code,
            deadline=deadline,
        )
        try:
            job = await self.queue.enqueue(
                FUNCTION,
                request=msgspec.to_builtins(task),
                timeout=math.ceil(self.deadline_s),
                heartbeat=HEARTBEAT_S,
                retries=ATTEMPTS,
                ttl=KEEP_S,
            )
        except Exception as e:  # redis-py's ConnectionError, TimeoutError, ...
            raise QueueError(f"cannot enqueue the job: {type(e).__name__}: {e}") from None
        if job is None:
            raise QueueError("the queue refused the job (a job with its key exists)")
        log.info("job %s: %s in %s enqueued", job.key, problem.slug, language)
        return Ticket(job.key, deadline, len(problem.tests), language)

    async def wait(self, ticket: Ticket, *, on_result: OnResult | None = None) -> Verdict:
        """The verdict of an enqueued job, by its deadline at the latest."""
        events = _EventReader(self.queue, ticket.key, on_result)
        try:
            while (remaining := ticket.deadline - time.time()) > 0:
                verdict = await events.read(min(remaining, POLL_S))
                if verdict is None and events.idle:
                    verdict = await self._ended(ticket)
                if verdict is not None:
                    return verdict
        except asyncio.CancelledError:
            await self._abort(ticket, "the server stopped waiting for it")
            raise
        await self._abort(ticket, "past its deadline")
        return internal_error(
            f"no judge worker answered within {self.deadline_s:g} s: is `pyscape-judge worker` "
            "running, and is the queue short enough (`pyscape-judge queue status`)?",
            ticket.tests,
            ticket.language,
        )

    async def _ended(self, ticket: Ticket) -> Verdict | None:
        """The answer to a job that ended without a verdict (its workers died), else ``None``."""
        try:
            job = await self.queue.job(ticket.key)
        except Exception as e:
            log.warning("job %s: cannot read its state: %s", ticket.key, e)
            return None
        if job is None or job.status not in ENDED:
            return None
        attempts = "both attempts" if job.attempts > 1 else "its attempt"
        return internal_error(
            f"judging failed on {attempts}: {job.error or job.status.value}",
            ticket.tests,
            ticket.language,
        )

    async def _abort(self, ticket: Ticket, why: str) -> None:
        try:
            job = await self.queue.job(ticket.key)
            if job is not None and job.status not in ENDED | {JobStatus.COMPLETE}:
                await self.queue.abort(job, why)
        except Exception as e:
            log.warning("job %s: cannot abort it: %s", ticket.key, e)

    async def status(self) -> QueueStatus:
        """Queue depth and each worker's load."""
        return await read_status(self.queue)

    async def close(self) -> None:
        await self.queue.disconnect()

    async def __aenter__(self) -> QueueJudge:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


class _EventReader:
    """Follows a job's event stream from its start; passes on each test's result once."""

    def __init__(self, queue: JudgeQueue, job_key: str, on_result: OnResult | None) -> None:
        self.redis = queue.redis
        self.job_key = job_key
        self.stream = events_key(job_key)
        self.on_result = on_result
        self.last_id: bytes | str = "0"
        #: The highest test number passed on (a retry starts again from test 1).
        self.seen = 0
        #: Whether the last read found nothing new.
        self.idle = False

    async def read(self, block_s: float) -> Verdict | None:
        """Apply the events that came within ``block_s``; the verdict when it came."""
        try:
            read = await self.redis.xread(
                {self.stream: self.last_id}, block=max(1, int(block_s * 1000))
            )
        except Exception as e:  # Redis away for a moment: try again until the deadline
            log.warning("job %s: cannot read its events: %s", self.job_key, e)
            await asyncio.sleep(block_s)
            read = []
        self.idle = not read
        for _, entries in read:
            for entry_id, fields in entries:
                self.last_id = entry_id
                verdict = self._apply(decode_event(fields[b"event"]))
                if verdict is not None:
                    return verdict
        return None

    def _apply(self, event: Event) -> Verdict | None:
        if isinstance(event, Done):
            return event.verdict
        if isinstance(event, Failed):
            raise_failed(event)
        if isinstance(event, Started):
            log.info("job %s: attempt %d on %s", self.job_key, event.attempt, event.worker)
        elif isinstance(event, Progress) and event.result.test_number > self.seen:
            self.seen = event.result.test_number
            if self.on_result is not None:
                self.on_result(event.result)
        return None
