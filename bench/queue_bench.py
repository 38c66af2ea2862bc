"""Judging throughput through the Redis queue as judge workers are added.

Starts its own redis-server on a free loopback port (in a temporary folder, gone afterwards),
then for each worker count N: N ``pyscape-judge worker`` processes (each its own Judge and warm
pool, ``--concurrency`` jobs at once), a warm-up, and a burst of accepted two-sum submissions
sent at once through :class:`~pyscape_judge.worker.client.QueueJudge`. Prints submissions per
second, p50/p95 latency and the speed-up over one worker, and writes the figures as JSON.

A benchmark, not a test: it asserts nothing about time. On one machine the workers share its
cores, so the growth stops where the cores do; on several judge hosts each worker brings its own.
``--wait-ms N`` makes each test of the submitted solution wait N ms (sleeping, not computing):
judging then costs time rather than this machine's CPU, as on judge hosts with cores of their
own, and shows what the queue itself allows as workers are added.

    .venv/bin/python bench/queue_bench.py --workers 1 2 3 --burst 60
    .venv/bin/python bench/queue_bench.py --workers 1 2 4 --burst 40 --wait-ms 25
    .venv/bin/python bench/queue_bench.py --sandbox docker oci --workers 1 2

``--sandbox`` names the workers' sandbox backends to compare (each a round of every worker
count): ``oci`` drives the OCI runtime itself, ``docker`` goes through the engine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pyscape_judge import load_problem
from pyscape_judge.worker.client import QueueJudge
from pyscape_judge.worker.queue import open_queue
from pyscape_judge.worker.status import read_status

CLI = Path(sys.executable).with_name("pyscape-judge")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    server = shutil.which("redis-server")
    if server is None:
        raise SystemExit("no redis-server (bash scripts/redis-up.sh installs it)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )
    return process, f"redis://127.0.0.1:{port}/0"


async def wait_for_workers(url: str, count: int, timeout: float = 120.0) -> None:
    queue = open_queue(url)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if len((await read_status(queue)).workers) >= count:
                    return
            except Exception:
                pass
            await asyncio.sleep(0.5)
        raise SystemExit(f"{count} workers did not come up within {timeout:.0f} s")
    finally:
        await queue.disconnect()


#: Appended to the Python solution by ``--wait-ms``: each call sleeps before it answers.
WAITING = """
import time as _time
_answer = Solution.twoSum
def _waiting(self, *args):
    _time.sleep({seconds})
    return _answer(self, *args)
Solution.twoSum = _waiting
"""


async def burst(url: str, language: str, size: int, wait_ms: int = 0) -> dict[str, float]:
    problem = load_problem("two-sum")
    code = problem.solutions[language][0].read_text()
    if wait_ms:
        code += WAITING.format(seconds=wait_ms / 1000)
    judge = QueueJudge(url, deadline_s=600)
    latencies: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        verdict = await judge.judge_async(problem, language, f"{code}\n# {i}\n")
        if not verdict.accepted:
            raise SystemExit(f"the reference solution got {verdict.status}")
        latencies.append((time.perf_counter() - started) * 1000)

    try:
        await asyncio.gather(*(one(i) for i in range(4)))  # warm-up
        latencies.clear()
        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(size)))
        elapsed = time.perf_counter() - started
    finally:
        await judge.close()
    ordered = sorted(latencies)
    return {
        "burst": size,
        "per_s": round(size / elapsed, 2),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[round(0.95 * (len(ordered) - 1))], 1),
    }


def measure(url: str, workers: int, sandbox: str, args: argparse.Namespace) -> dict[str, float]:
    worker_options = ["--concurrency", str(args.concurrency), "--pool-size", str(args.pool_size)]
    processes = [
        subprocess.Popen(
            [str(CLI), "--sandbox", sandbox, "worker", "--redis", url, *worker_options],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    try:
        asyncio.run(wait_for_workers(url, workers))
        return asyncio.run(burst(url, "python", args.burst, args.wait_ms))
    finally:
        for p in processes:
            p.send_signal(signal.SIGTERM)
        for p in processes:
            try:
                p.wait(timeout=60)
            except subprocess.TimeoutExpired:
                p.kill()
        time.sleep(1.0)  # the workers' sandboxes are gone before the next round


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--burst", type=int, default=60, help="submissions per round")
    parser.add_argument("--concurrency", type=int, default=1, help="jobs at once per worker")
    parser.add_argument("--pool-size", type=int, default=2, help="warm sandboxes per worker")
    parser.add_argument("--wait-ms", type=int, default=0, help="each test sleeps this long")
    parser.add_argument(
        "--sandbox",
        nargs="+",
        default=["auto"],
        choices=["auto", "oci", "docker"],
        help="the workers' sandbox backends, compared in turn (default: auto)",
    )
    parser.add_argument("--out", type=Path, default=Path("bench/results/queue.json"))
    args = parser.parse_args()

    figures: dict[str, dict[int, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="pyscape-queue-bench-") as folder:
        redis, url = start_redis(Path(folder))
        try:
            for sandbox in args.sandbox:
                figures[sandbox] = {}
                for n in args.workers:
                    figures[sandbox][n] = measure(url, n, sandbox, args)
                    print(f"{sandbox}, {n} workers: {figures[sandbox][n]}", flush=True)
        finally:
            redis.terminate()
            redis.wait(timeout=30)

    columns = ("sandbox", "workers", "burst/s", "speed-up", "p50 ms", "p95 ms")
    print("\n" + " ".join(f"{c:>8}" for c in columns))
    for sandbox, rounds in figures.items():
        base = rounds[args.workers[0]]["per_s"]
        for n, f in rounds.items():
            speedup = f["per_s"] / base
            print(
                f"{sandbox:>8} {n:8} {f['per_s']:8.2f} {speedup:7.2f}x"
                f" {f['p50_ms']:8.1f} {f['p95_ms']:8.1f}"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "cores": os.cpu_count(),
                "concurrency": args.concurrency,
                "wait_ms": args.wait_ms,
                "figures": figures,
            },
            indent=2,
        )
    )
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
