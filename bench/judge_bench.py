"""Judge latency and throughput: warm pool vs a cold container per submission vs no sandbox.

For each language: p50/p95 latency of one accepted two-sum (12 tests) on an idle judge, and the
throughput of a burst of submissions from 8 concurrent callers, for

* pool:  the judge with its warm pool (what the server runs),
* naive: no pool, a fresh container created and started per submission,
* floor: the same harness as a bare subprocess on the host (no sandbox; trusted code only).

Prints a table and the ratios, and writes the figures as JSON. A benchmark, not a test: it
asserts nothing about time. ``--short`` runs a few submissions only (CI proves it works).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pyscape_judge import Judge, load_problem
from pyscape_judge.sandbox.local import LocalBackend

LANGUAGES = ("python", "javascript", "java", "cpp")
#: What the floor needs on the host, per language.
HOST_TOOLS = {"python": "python3", "javascript": "node", "java": "javac", "cpp": "clang++-19"}
CALLERS = 8


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(judge: Judge, language: str, runs: int, burst: int) -> dict[str, float]:
    """Latency of ``runs`` sequential submissions, then one burst from 8 callers."""
    problem = load_problem("two-sum")
    code = problem.solutions[language][0].read_text()

    def submit() -> float:
        started = time.perf_counter()
        verdict = judge.judge(problem, language, code)
        if not verdict.accepted:
            raise SystemExit(f"{language}: the reference solution got {verdict.status}")
        return (time.perf_counter() - started) * 1000

    judge.warm_up(language, problem)
    time.sleep(2.0)  # let the pool fill: "an idle judge"
    latencies = []
    for _ in range(runs):
        latencies.append(submit())
        time.sleep(0.2)  # idle between submissions: the pool refills
    started = time.perf_counter()
    with ThreadPoolExecutor(CALLERS) as callers:
        list(callers.map(lambda _: submit(), range(burst)))
    elapsed = time.perf_counter() - started
    return {
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "burst": burst,
        "burst_per_s": round(burst / elapsed, 2),
    }


def modes(pool_size: int) -> dict[str, Callable[[], Judge]]:
    return {
        "pool": lambda: Judge(pool_size=pool_size, concurrency=CALLERS),
        "naive": lambda: Judge(concurrency=CALLERS),
        "floor": lambda: Judge(backend=LocalBackend(), concurrency=CALLERS),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--short", action="store_true", help="a few submissions: proves it runs")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--runs", type=int, help="sequential submissions (default 30)")
    parser.add_argument("--burst", type=int, help="submissions in the burst (default 100)")
    parser.add_argument("--out", type=Path, default=Path("bench/results/judge.json"))
    args = parser.parse_args()
    runs, burst = (3, 8) if args.short else (30, 100)
    runs, burst = args.runs or runs, args.burst or burst

    figures: dict[str, dict[str, dict[str, float]]] = {}
    for language in args.languages:
        figures[language] = {}
        for mode, make in modes(pool_size=4).items():
            if mode == "floor" and shutil.which(HOST_TOOLS[language]) is None:
                continue
            try:
                with make() as judge:
                    figures[language][mode] = measure(judge, language, runs, burst)
            except SystemExit as failed:  # e.g. no such toolchain on the host for the floor
                print(f"{language:11} {mode:6} skipped: {failed}", flush=True)
                continue
            print(f"{language:11} {mode:6} {figures[language][mode]}", flush=True)

    print()
    header = f"{'language':11} {'mode':6} {'p50 ms':>8} {'p95 ms':>8} {'burst/s':>8}"
    print(header)
    print("-" * len(header))
    for language, by_mode in figures.items():
        for mode, f in by_mode.items():
            print(
                f"{language:11} {mode:6} {f['p50_ms']:8.1f} {f['p95_ms']:8.1f} "
                f"{f['burst_per_s']:8.2f}"
            )
        pool = by_mode.get("pool")
        for other in ("naive", "floor"):
            if pool and other in by_mode:
                ratio = pool["p50_ms"] / by_mode[other]["p50_ms"]
                print(f"{'':11} pool/{other} p50: {ratio:.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
                "runs": runs,
                "burst": burst,
                "callers": CALLERS,
                "figures": figures,
            },
            indent=2,
        )
    )
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
