"""The SAQ queue on Redis that the server's client and the workers open."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from redis import asyncio as aioredis
from redis.exceptions import RedisError
from saq.job import Job
from saq.queue.redis import RedisQueue

from pyscape_judge.worker.protocol import QUEUE_NAME

log = logging.getLogger(__name__)

#: A worker's pause between attempts to reach Redis when it is gone.
REDIS_RETRY_S = 1.0
#: Said of a job whose worker stopped touching it (killed, frozen, network gone).
SWEPT = "the judge worker running it stopped answering (killed or cut off)"


class JudgeQueue(RedisQueue):
    """SAQ's Redis queue; a sweep waits only 1 s for a dead worker to acknowledge an abort."""

    async def sweep(self, lock: int = 60, abort: float = 1.0) -> list[str]:
        return await super().sweep(lock, abort)

    async def dequeue(self, timeout: float = 0.0, poll_interval: float = 0.0) -> Job | None:
        """The next job; ``None`` after a second's pause while Redis is unreachable."""
        try:
            return await super().dequeue(timeout, poll_interval)
        except (RedisError, OSError) as e:
            log.warning("cannot reach Redis, retrying in %g s: %s", REDIS_RETRY_S, e)
            await asyncio.sleep(REDIS_RETRY_S)
            return None

    async def disconnect(self) -> None:
        """Close the connections, also when Redis is gone (SAQ's own close talks to it)."""
        try:
            await super().disconnect()
        except (RedisError, OSError) as e:
            log.debug("closing the queue without Redis: %s", e)
            await self.redis.connection_pool.disconnect()


def open_queue(url: str, **redis_options: Any) -> JudgeQueue:
    """The judging queue at ``url`` (``redis://host:port/db``); connects on first use."""
    redis = aioredis.from_url(url, **redis_options)
    return JudgeQueue(redis, name=QUEUE_NAME, swept_error_message=SWEPT)
