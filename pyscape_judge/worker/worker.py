"""``pyscape-judge worker``: judge the queue's jobs on this host, streaming results as they come.

One worker per judge host, with its own Docker engine, warm pool and problems folder. It takes up
to ``concurrency`` jobs at once, touches each every second (a job left untouched for
:data:`~.protocol.HEARTBEAT_S` is swept by another worker: retried once, then answered
``internal_error``), publishes its load every few seconds, and removes the sandboxes of dead
judges on this engine. SIGTERM or SIGINT: running jobs are handed back to the queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgspec
import saq
from redis import asyncio as aioredis

from pyscape_judge.errors import JudgeError, ProblemError
from pyscape_judge.judge import Judge
from pyscape_judge.verdict import Verdict, internal_error
from pyscape_judge.worker.protocol import (
    FUNCTION,
    KEEP_S,
    SWEEP_S,
    TOUCH_S,
    WORKER_INFO_S,
    Done,
    Event,
    JudgeJob,
    Progress,
    Started,
    encode_event,
    events_key,
    failed,
)
from pyscape_judge.worker.queue import open_queue
from pyscape_judge.worker.shelf import Shelf

log = logging.getLogger(__name__)

#: How often the worker removes sandboxes left by dead judges on its engine.
SANDBOX_SWEEP_S = 60.0


def worker_id() -> str:
    """This process's worker id: ``<host>-<pid>``."""
    return f"{socket.gethostname()}-{os.getpid()}"


class EventLog:
    """A job's event stream: events are written in the order they are posted."""

    def __init__(self, redis: aioredis.Redis, key: str) -> None:
        self.redis = redis
        self.key = key
        self._tail: asyncio.Future[None] | None = None

    def post(self, event: Event) -> None:
        self._tail = asyncio.ensure_future(self._write_after(self._tail, event))

    async def flush(self) -> None:
        if self._tail is not None:
            await self._tail

    async def _write_after(self, previous: asyncio.Future[None] | None, event: Event) -> None:
        if previous is not None:
            with contextlib.suppress(Exception):  # logged by its own task
                await previous
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.xadd(self.key, {"event": encode_event(event)})
                pipe.expire(self.key, KEEP_S)
                await pipe.execute()
        except Exception:
            log.exception("cannot write an event of %s", self.key)
            raise


class Runner:
    """The job function: one judging job, from the problem on the shelf to the streamed verdict."""

    def __init__(self, judge: Judge, shelf: Shelf, redis: aioredis.Redis, name: str) -> None:
        self.judge = judge
        self.shelf = shelf
        self.redis = redis
        self.name = name
        #: What the queue shows of this worker (written every few seconds by SAQ).
        self.load: dict[str, Any] = {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "concurrency": judge.concurrency,
            "running": 0,
        }

    async def run(self, ctx: dict[str, Any], *, request: dict[str, Any]) -> str:
        job: saq.Job = ctx["job"]
        task = msgspec.convert(request, JudgeJob)
        events = EventLog(self.redis, events_key(job.key))
        events.post(Started(worker=self.name, attempt=job.attempts))
        log.info("job %s: %s in %s (attempt %d)", job.key, task.slug, task.language, job.attempts)
        self.load["running"] += 1
        touching = asyncio.create_task(_touch(job))
        try:
            verdict = await self._verdict(task, events)
            events.post(Done(verdict))
            outcome = str(verdict.status)
        except JudgeError as e:
            events.post(failed(e))
            outcome = f"rejected: {e}"
        finally:
            self.load["running"] -= 1
            touching.cancel()
        await events.flush()
        log.info("job %s: %s", job.key, outcome)
        return outcome

    async def _verdict(self, task: JudgeJob, events: EventLog) -> Verdict:
        late = time.time() - task.deadline
        if late > 0:
            return internal_error(
                f"the job waited in the queue {late:.0f} s past its deadline: add judge workers",
                language=task.language,
            )
        try:
            problem = await asyncio.to_thread(self.shelf.get, task.slug, task.version)
        except ProblemError as e:
            log.warning("refused a job for %s: %s", task.slug, e)
            message = f"judge worker {self.name} refused the job: {e}"
            return internal_error(message, language=task.language)
        try:
            return await self.judge.judge_async(
                problem,
                task.language,
                task.code,
                on_result=lambda result: events.post(Progress(result)),
            )
        except JudgeError:
            raise
        except Exception as e:  # a judge bug: answered, not retried on every worker
            log.exception("the judge failed on %s", task.slug)
            return internal_error(
                f"the judge worker failed: {type(e).__name__}", len(problem.tests), task.language
            )


async def _touch(job: saq.Job) -> None:
    """Keep the job's heartbeat fresh while it is judged."""
    while True:
        await asyncio.sleep(TOUCH_S)
        try:
            await job.update()
        except Exception as e:  # Redis away for a moment: the next touch may succeed
            log.warning("cannot touch job %s: %s", job.key, e)


async def serve(
    redis_url: str,
    *,
    problems_dir: Path | None = None,
    concurrency: int | None = None,
    pool_size: int = 2,
    runtime: str = "auto",
    sandbox: str = "auto",
    warm: Sequence[str] = ("python",),
) -> None:
    """Run a worker until SIGTERM or SIGINT; :class:`JudgeError` when Docker is unreachable."""
    judge = Judge(
        sandbox=sandbox,
        runtime=runtime,
        concurrency=concurrency,
        pool_size=pool_size,
        problems_dir=problems_dir,
    )
    queue = open_queue(redis_url)
    try:
        await asyncio.to_thread(_prepare, judge, warm)
        name = worker_id()
        runner = Runner(judge, Shelf(problems_dir), queue.redis, name)
        worker = saq.Worker(
            queue,
            functions=[(FUNCTION, runner.run)],
            id=name,
            concurrency=judge.concurrency,
            timers={"sweep": SWEEP_S, "worker_info": WORKER_INFO_S, "abort": 1, "schedule": 5},
            metadata=runner.load,
        )
        sweeper = asyncio.create_task(_sweep_sandboxes(judge))
        log.info(
            "worker %s judging from %s: concurrency %d, pool %d",
            name,
            redis_url,
            judge.concurrency,
            pool_size,
        )
        try:
            await worker.start()
        finally:
            sweeper.cancel()
    finally:
        await queue.disconnect()
        await asyncio.to_thread(judge.close)


def _prepare(judge: Judge, warm: Sequence[str]) -> None:
    removed = judge.sweep()  # raises when the engine is unreachable: no jobs taken then
    if removed:
        log.info("removed %d leftover sandboxes", removed)
    for language in warm:
        try:
            judge.warm_up(language)
        except JudgeError as e:
            log.warning("cannot warm %s sandboxes: %s", language, e)


async def _sweep_sandboxes(judge: Judge) -> None:
    while True:
        await asyncio.sleep(SANDBOX_SWEEP_S)
        try:
            await asyncio.to_thread(judge.sweep)
        except JudgeError as e:
            log.warning("cannot sweep leftover sandboxes: %s", e)
