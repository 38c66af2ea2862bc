"""``GET /health`` (liveness: the process answers) and ``GET /ready`` (readiness: submissions
can be judged now), on both ports."""

from __future__ import annotations

import logging

from litestar import Response, get, head
from litestar.datastructures import State
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import Example

import pyscape_server
from pyscape_judge import JudgeError, QueueStatus
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


log = logging.getLogger(__name__)


class Ready(Schema):
    #: ``ready``, or ``unavailable`` (status 503) with what is missing.
    status: str
    #: Each thing missing, as a sentence: the database, the Docker engine, images, Redis,
    #: judge workers.
    missing: list[str]


@get(
    "/ready",
    operation_id="ready",
    tags=["system"],
    responses={
        503: ResponseSpec(
            data_container=Ready,
            description="Something is missing",
            generate_examples=False,
            examples=[
                Example(
                    summary="The Docker engine is down",
                    value={
                        "status": "unavailable",
                        "missing": ["the Docker engine does not answer: connection refused"],
                    },
                )
            ],
        )
    },
)
async def ready(state: State) -> Response[Ready]:
    """200 when the database answers and submissions can be judged (engine and images, or in
    queue mode Redis and at least one worker); 503 naming what is missing otherwise."""
    runtime: Runtime = state["runtime"]
    missing: list[str] = []
    try:
        async with runtime.db.read() as conn:
            await conn.fetch_value("SELECT 1")
    except Exception as e:
        missing.append(f"the database does not answer: {type(e).__name__}")
    try:
        missing += await runtime.judge.missing()
    except Exception as e:
        missing.append(f"the judge cannot be checked: {type(e).__name__}")
    if missing:
        log.warning("not ready: %s", "; ".join(missing))
        return Response(Ready(status="unavailable", missing=missing), status_code=503)
    return Response(Ready(status="ready", missing=[]), status_code=200)
