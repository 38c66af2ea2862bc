"""``GET /health``, on both ports."""

from __future__ import annotations

from litestar import get, head
from litestar.datastructures import State

import pyscape_server
from pyscape_judge import JudgeError
from pyscape_judge.worker.protocol import QueueStatus
from pyscape_server.runtime import Runtime
from pyscape_server.schemas import Schema


class Health(Schema, omit_defaults=True):
    #: ``ok``; ``degraded`` when submissions cannot be judged now (queue unreachable, no worker).
    status: str
    version: str
    #: In queue judging mode: the queue's depth and each judge worker's load.
    judge_queue: QueueStatus | None = None
    #: In queue judging mode: why the queue cannot be read.
    judge_queue_error: str | None = None


@get("/health", operation_id="health", tags=["system"])
async def health(state: State) -> Health:
    """Whether the server answers (no token needed), and in queue mode the judging queue."""
    runtime: Runtime = state["runtime"]
    version = pyscape_server.__version__
    try:
        queue = await runtime.judge.queue_status()
    except JudgeError as e:
        return Health(status="degraded", version=version, judge_queue_error=str(e))
    status = "degraded" if queue is not None and not queue.workers else "ok"
    return Health(status=status, version=version, judge_queue=queue)


@head("/health", operation_id="healthHead", tags=["system"])
async def health_head() -> None:
    """``/health`` for monitors that only send HEAD."""
