"""The engine's background work: tasks it spawns and timers that spawn them later, all stopped
together; a failed task is logged, never lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class Tasks:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._timers: set[asyncio.TimerHandle] = set()

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def later(
        self, delay: float, make: Callable[[], Coroutine[Any, Any, None]]
    ) -> asyncio.TimerHandle:
        """Spawn ``make()`` in ``delay`` seconds (cancel the handle to stop it)."""

        def fire() -> None:
            self._timers.discard(handle)
            self.spawn(make())

        handle = asyncio.get_running_loop().call_later(max(0.0, delay), fire)
        self._timers.add(handle)
        return handle

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("duel task failed", exc_info=task.exception())

    async def stop(self) -> None:
        for handle in self._timers:
            handle.cancel()
        self._timers.clear()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
