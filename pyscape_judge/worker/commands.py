"""``pyscape-judge worker`` and ``pyscape-judge queue status`` (imports Redis only when run)."""

from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path
from typing import Any

import msgspec
from rich.console import Console
from rich.table import Table

from pyscape_judge.errors import JudgeError

console = Console()
MISSING_EXTRA = "the judge queue needs the `queue` extra: pip install 'pyscape[queue]'"


def add_commands(sub: Any) -> None:
    """Add the ``worker`` and ``queue`` subcommands to ``pyscape-judge``'s parser."""
    worker = sub.add_parser("worker", help="judge jobs from the Redis queue on this host")
    worker.add_argument("--redis", required=True, metavar="URL", help="redis://host:port/db")
    worker.add_argument(
        "--problems",
        type=Path,
        dest="problems_dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help="this host's problem folders (default: --problems-dir, else the shipped ones)",
    )
    worker.add_argument("--concurrency", type=int, help="jobs at once (default: CPUs)")
    worker.add_argument("--pool-size", type=int, default=2, help="warm sandboxes per kind")
    worker.add_argument(
        "--warm", default="python", help="languages warmed at start, comma-separated"
    )
    worker.set_defaults(command=cmd_worker)

    queue = sub.add_parser("queue", help="the judging queue")
    queue_sub = queue.add_subparsers(required=True, metavar="ACTION")
    status = queue_sub.add_parser("status", help="queue depth and each worker's load")
    status.add_argument("--redis", required=True, metavar="URL", help="redis://host:port/db")
    status.add_argument("--json", action="store_true")
    status.set_defaults(command=cmd_queue_status)


def cmd_worker(args: argparse.Namespace) -> int:
    try:
        from pyscape_judge.worker.worker import serve
    except ImportError as e:
        raise JudgeError(f"{MISSING_EXTRA} ({e})") from None
    logging.getLogger("pyscape_judge").setLevel(logging.DEBUG if args.verbose else logging.INFO)
    asyncio.run(
        serve(
            args.redis,
            problems_dir=args.problems_dir,
            concurrency=args.concurrency,
            pool_size=args.pool_size,
            runtime=args.runtime,
            sandbox=args.sandbox,
            warm=[w.strip() for w in args.warm.split(",") if w.strip()],
        )
    )
    return 0


def cmd_queue_status(args: argparse.Namespace) -> int:
    try:
        from pyscape_judge.worker.protocol import QueueStatus
        from pyscape_judge.worker.queue import open_queue
        from pyscape_judge.worker.status import read_status
    except ImportError as e:
        raise JudgeError(f"{MISSING_EXTRA} ({e})") from None

    async def read() -> QueueStatus:
        queue = open_queue(args.redis)
        try:
            return await read_status(queue)
        finally:
            await queue.disconnect()

    status = asyncio.run(read())
    if args.json:
        print(msgspec.json.encode(status).decode())
        return 0
    console.print(
        f"queued {status.queued}, active {status.active}, "
        f"{len(status.workers)} workers, capacity {status.capacity}",
        highlight=False,
    )
    table = Table()
    for column in ("worker", "running", "concurrency", "complete", "failed", "retried", "up"):
        table.add_column(column, justify="left" if column == "worker" else "right")
    for w in status.workers:
        table.add_row(
            w.id,
            str(w.running),
            str(w.concurrency),
            str(w.complete),
            str(w.failed),
            str(w.retried),
            f"{w.uptime_s:.0f} s",
        )
    if status.workers:
        console.print(table)
    return 0
