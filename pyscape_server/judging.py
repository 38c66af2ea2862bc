"""What the server judges with: a :class:`Judging`, made from the settings at start, or handed
to the :class:`~pyscape_server.runtime.Runtime` (tests hand it a fake with scripted verdicts).

* :class:`LocalJudging` (``judge_mode = local``, default): one in-process
  :class:`~pyscape_judge.Judge` on the Docker engine. At start it sweeps sandboxes left by dead
  judges, checks the sandbox images (building the missing ones when ``build_images`` is set,
  else saying how) and warms the pool. None of this stops the server from starting: without
  Docker, submissions answer ``JUDGE_ERROR`` and the log says what to do.
* :class:`QueueJudging` (``judge_mode = queue``): a :class:`~pyscape_judge.QueueJudge` on
  ``redis_url``, with the same ``judge_async``: judge workers on other hosts judge. Runs
  (``run_async``, ``execute_async``) are not offered there: they answer ``NotAvailable``
  (501), never a fake result.

Every kind answers :meth:`Judging.missing` for ``GET /ready``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from pyscape_judge import (
    ExecuteResult,
    Judge,
    JudgeError,
    LanguageError,
    Problem,
    QueueStatus,
    RunResult,
    TestResult,
    Verdict,
    internal_error,
)
from pyscape_server.errors import NotAvailable
from pyscape_server.settings import Settings

if TYPE_CHECKING:
    from pyscape_judge import QueueJudge
    from pyscape_judge.engine import Engine

log = logging.getLogger(__name__)

OnResult = Callable[[TestResult], None]
#: What users are told when the judge failed; the reason goes to the log, never to them.
UNAVAILABLE = "The judge is unavailable, try again later"
#: Why runs are refused in queue mode: the workers' jobs are submissions (slug, version,
#: code), and a run's inputs and reference answers are not part of them.
QUEUE_RUNS = (
    "Running code is not available on this server: it judges on a queue of judge workers "
    "(PYSCAPE_JUDGE_MODE=queue), which judge submissions only"
)


class Judging(Protocol):
    """The judge as the server uses it."""

    async def start(self) -> None:
        """Get ready to judge (never fails because the engine or the queue is down)."""

    async def close(self) -> None: ...

    async def judge_async(
        self, problem: Problem, language: str, code: str, *, on_result: OnResult | None = None
    ) -> Verdict:
        """The verdict of ``code``; ``internal_error`` (or :class:`JudgeError`) when the
        judge itself failed."""
        ...

    async def run_async(
        self, problem: Problem, language: str, code: str, inputs: list[Any] | None
    ) -> RunResult:
        """``code`` run on ``inputs`` (default the examples), not judged: every input runs,
        each with the reference's expected answer. :class:`~pyscape_judge.InputError` for
        an input that does not fit; ``internal_error`` (or :class:`JudgeError`) when the judge
        failed; :class:`~pyscape_server.errors.NotAvailable` where runs are not offered."""
        ...

    async def execute_async(self, language: str, code: str, stdin: str) -> ExecuteResult:
        """``code`` run as a program on ``stdin`` (no problem): a playground."""
        ...

    async def missing(self) -> list[str]:
        """What keeps submissions from being judged now, each a sentence; ``[]`` if nothing."""
        ...

    async def queue_status(self) -> QueueStatus | None:
        """In queue mode, the queue's depth and each worker's load; else ``None``."""
        ...


async def judge_code(
    judging: Judging,
    problem: Problem,
    language: str,
    code: str,
    *,
    what: str,
    on_result: OnResult | None = None,
) -> Verdict:
    """The verdict of ``code``, never an exception but :class:`LanguageError`: a judge that
    failed gives an ``internal_error`` verdict, its reason logged (``what`` names the
    submission in the log)."""
    try:
        verdict = await judging.judge_async(problem, language, code, on_result=on_result)
    except LanguageError:
        raise
    except JudgeError as e:
        verdict = internal_error(str(e), len(problem.tests), language)
    except Exception as e:  # a judge bug: still the judge's failure, not the user's
        log.exception("the judge crashed on %s", what)
        verdict = internal_error(f"the judge crashed: {type(e).__name__}", len(problem.tests))
    if verdict.status == "internal_error":
        log.error("judging %s failed: %s", what, verdict.message or "no reason given")
    return verdict


def judging_for(settings: Settings) -> Judging:
    """The judging ``settings`` ask for."""
    return QueueJudging(settings) if settings.judge_mode == "queue" else LocalJudging(settings)


class LocalJudging:
    """An in-process judge on the Docker engine; blocking engine calls run off the loop."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._judge: Judge | None = None
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from pyscape_judge import Engine

            s = self.settings
            self._engine = Engine(runtime=s.judge_runtime, docker_host=s.docker_host)
        return self._engine

    @property
    def judge(self) -> Judge:
        if self._judge is None:
            raise RuntimeError("the judge is not started")
        return self._judge

    async def start(self) -> None:
        s = self.settings
        # An engine named in the settings judges; else the sandbox setting chooses.
        use_engine = s.judge_sandbox == "docker" or (s.docker_host and s.judge_sandbox == "auto")
        self._judge = Judge(
            backend=self.engine.backend if use_engine else None,
            sandbox=s.judge_sandbox,
            runtime=s.judge_runtime,
            concurrency=s.judge_concurrency,
            pool_size=s.judge_pool_size,
            problems_dir=s.problems_dir,
        )
        await asyncio.to_thread(self._prepare)

    def _prepare(self) -> None:
        judge = self.judge
        try:
            removed = judge.sweep()
        except JudgeError as e:
            log.error("cannot reach the Docker engine, submissions will fail until it is up: %s", e)
            return
        if removed:
            log.info("removed %d leftover sandboxes", removed)
        self._check_images()
        for language in self.settings.judge_warm:
            try:
                judge.warm_up(language)
            except JudgeError as e:
                log.warning("cannot warm %s sandboxes: %s", language, e)

    def _check_images(self) -> None:
        from pyscape_judge.engine import HOW_TO_BUILD

        try:
            missing = [i for i in self.engine.images() if not i.present]
            if not missing:
                return
            tags = ", ".join(i.tag for i in missing)
            if not self.settings.build_images:
                log.error("sandbox images missing: %s; %s", tags, HOW_TO_BUILD)
                return
            log.warning("sandbox images missing: %s; building them now (minutes)", tags)
            self.engine.build_missing(log=log.info)
        except JudgeError as e:
            log.error("sandbox images are not ready (%s); %s", e, HOW_TO_BUILD)

    async def judge_async(
        self, problem: Problem, language: str, code: str, *, on_result: OnResult | None = None
    ) -> Verdict:
        return await self.judge.judge_async(problem, language, code, on_result=on_result)

    async def run_async(
        self, problem: Problem, language: str, code: str, inputs: list[Any] | None
    ) -> RunResult:
        return await self.judge.run_async(problem, language, code, inputs)

    async def execute_async(self, language: str, code: str, stdin: str) -> ExecuteResult:
        return await self.judge.execute_async(language, code, stdin)

    async def missing(self) -> list[str]:
        return await asyncio.to_thread(self.engine.missing)

    async def queue_status(self) -> QueueStatus | None:
        return None

    async def close(self) -> None:
        judge, self._judge = self._judge, None
        if judge is not None:
            await asyncio.to_thread(judge.close)


class QueueJudging:
    """Judge workers on the Redis queue (``pyscape-judge worker``)."""

    def __init__(self, settings: Settings) -> None:
        if settings.redis_url is None:  # Settings checks it
            raise ValueError("queue judging needs a Redis URL")
        self.settings = settings
        self.url = settings.redis_url
        self._judge: QueueJudge | None = None

    @property
    def judge(self) -> QueueJudge:
        if self._judge is None:
            raise RuntimeError("the judge is not started")
        return self._judge

    async def start(self) -> None:
        from pyscape_judge import QueueJudge

        s = self.settings
        self._judge = QueueJudge(
            self.url, deadline_s=s.judge_queue_deadline_s, problems_dir=s.problems_dir
        )
        log.info("judging on the queue at %s", self.url)

    async def judge_async(
        self, problem: Problem, language: str, code: str, *, on_result: OnResult | None = None
    ) -> Verdict:
        return await self.judge.judge_async(problem, language, code, on_result=on_result)

    async def run_async(
        self, problem: Problem, language: str, code: str, inputs: list[Any] | None
    ) -> RunResult:
        raise NotAvailable(QUEUE_RUNS)

    async def execute_async(self, language: str, code: str, stdin: str) -> ExecuteResult:
        raise NotAvailable(QUEUE_RUNS)

    async def queue_status(self) -> QueueStatus:
        """Raises :class:`~pyscape_judge.QueueError` when Redis does not answer."""
        return await self.judge.status()

    async def missing(self) -> list[str]:
        try:
            status = await self.queue_status()
        except JudgeError as e:
            return [f"Redis does not answer: {e}"]
        return [] if status.workers else ["no judge worker is connected to the queue"]

    async def close(self) -> None:
        judge, self._judge = self._judge, None
        if judge is not None:
            await judge.close()
