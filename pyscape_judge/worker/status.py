"""Queue depth and each worker's load, as ``pyscape-judge queue status`` and ``/health`` show."""

from __future__ import annotations

from typing import Any

from pyscape_judge.worker.protocol import QueueError, QueueStatus, WorkerLoad
from pyscape_judge.worker.queue import JudgeQueue


async def read_status(queue: JudgeQueue) -> QueueStatus:
    """The queue's depth and its workers' load; :class:`QueueError` when Redis is unreachable."""
    try:
        info = await queue.info()
    except Exception as e:  # redis-py raises its own ConnectionError, TimeoutError, ...
        raise QueueError(f"cannot read the judging queue: {type(e).__name__}: {e}") from None
    workers = [_load(worker_id, raw) for worker_id, raw in info["workers"].items()]
    workers.sort(key=lambda w: w.id)
    return QueueStatus(queued=info["queued"], active=info["active"], workers=workers)


def _load(worker_id: str, raw: Any) -> WorkerLoad:
    meta = raw.get("metadata") or {}
    stats = raw.get("stats") or {}
    return WorkerLoad(
        id=worker_id,
        host=str(meta.get("host", "?")),
        pid=int(meta.get("pid", 0)),
        concurrency=int(meta.get("concurrency", 0)),
        running=int(meta.get("running", 0)),
        complete=int(stats.get("complete", 0)),
        failed=int(stats.get("failed", 0)),
        retried=int(stats.get("retried", 0)),
        aborted=int(stats.get("aborted", 0)),
        uptime_s=round(int(stats.get("uptime", 0)) / 1000, 1),
    )
