"""The server's judge: created at start, closed at shutdown.

``judge_mode = local`` (default): one in-process :class:`~pyscape_judge.Judge`. At start it
sweeps sandboxes left by dead judges, checks the sandbox images (building the missing ones when
``build_images`` is set, else saying how) and warms the pool. None of this stops the server from
starting: without Docker, submissions answer ``JUDGE_ERROR`` with the reason, and the log says
what to do.

``judge_mode = queue``: a :class:`~pyscape_judge.worker.client.QueueJudge` on ``redis_url``,
with the same ``judge_async`` (per-test ``on_result`` included): judge workers on other hosts
do the judging. Nothing else in the server changes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from pyscape_judge import Judge, JudgeError, Problem, TestResult, Verdict
from pyscape_server.settings import Settings

if TYPE_CHECKING:
    from pyscape_judge.worker.client import QueueJudge
    from pyscape_judge.worker.protocol import QueueStatus

log = logging.getLogger(__name__)

HOW_TO_BUILD = "build them with `pyscape-judge images build` (or `just images`)"


class JudgeService:
    """Runs the judge off the event loop; the judge bounds its own concurrency."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._judge: Judge | QueueJudge | None = None

    @property
    def judge(self) -> Judge | QueueJudge:
        """What judges: both kinds offer ``await judge_async(problem, language, code, ...)``."""
        if self._judge is None:
            raise RuntimeError("the judge is not started")
        return self._judge

    async def start(self) -> None:
        s = self.settings
        if s.judge_mode == "queue":
            from pyscape_judge.worker.client import QueueJudge

            assert s.redis_url is not None  # Settings checks it
            self._judge = QueueJudge(
                s.redis_url, deadline_s=s.judge_queue_deadline_s, problems_dir=s.problems_dir
            )
            log.info("judging on the queue at %s", s.redis_url)
            return
        backend = None
        if s.docker_host:
            from pyscape_judge.sandbox.docker import DockerBackend

            backend = DockerBackend(runtime=s.judge_runtime, base_url=s.docker_host)
        self._judge = Judge(
            backend=backend,
            runtime=s.judge_runtime,
            concurrency=s.judge_concurrency,
            pool_size=s.judge_pool_size,
            problems_dir=s.problems_dir,
        )
        await asyncio.to_thread(self._prepare)

    def _prepare(self) -> None:
        judge = self.judge
        assert isinstance(judge, Judge)
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
        from pyscape_judge.images import build_images, list_images

        try:
            client = self.judge.backend.client  # type: ignore[attr-defined]
            missing = [i for i in list_images(client) if not i.present]
            if not missing:
                return
            tags = ", ".join(i.tag for i in missing)
            if not self.settings.build_images:
                log.error("sandbox images missing: %s; %s", tags, HOW_TO_BUILD)
                return
            log.warning("sandbox images missing: %s; building them now (minutes)", tags)
            build_images(client, [i.language for i in missing], log=log.info)
        except JudgeError as e:
            log.error("sandbox images are not ready (%s); %s", e, HOW_TO_BUILD)

    async def run(
        self,
        problem: Problem,
        language: str,
        code: str,
        on_result: Callable[[TestResult], None] | None = None,
    ) -> Verdict:
        """Judge ``code``: an ``internal_error`` verdict when the sandbox failed."""
        return await self.judge.judge_async(problem, language, code, on_result=on_result)

    async def queue_status(self) -> QueueStatus | None:
        """Queue depth and workers' load in ``queue`` mode (``None`` in ``local`` mode).

        Raises :class:`~pyscape_judge.worker.protocol.QueueError` when Redis is unreachable.
        """
        judge = self._judge
        if self.settings.judge_mode != "queue" or judge is None or isinstance(judge, Judge):
            return None
        return await judge.status()

    async def close(self) -> None:
        if self._judge is not None:
            judge, self._judge = self._judge, None
            if isinstance(judge, Judge):
                await asyncio.to_thread(judge.close)
            else:
                await judge.close()
