"""Judge latency and throughput: warm pool vs a cold container per submission vs no sandbox.

For each language: p50/p95 latency of one accepted two-sum (12 tests) on an idle judge, each
submission a new program (a comment makes it unique, so compiled languages compile every time),
the p50 of the same program submitted again (compiled languages: an artefact cache hit), and
the throughput of a burst of new programs from 8 concurrent callers, for

* pool:  the judge with its warm pool (what the server runs),
* naive: no pool, a fresh container created and started per submission,
* floor: the same harness as a bare subprocess on the host (no sandbox; trusted code only).

Prints a table and the ratios, and where the machine's CPU went during the pool's burst (this
process, i.e. the judge's own Python; the Docker engine; the rest: container shims, runc, the
sandboxes themselves and the kernel). Writes the figures as JSON. A benchmark, not a test: it
asserts nothing about time. ``--short`` runs a few submissions only (CI proves it works).

The C++ floor needs clang 19 on the host (``apt-get install clang-19``) and, as in the image,
bits/stdc++.h precompiled at /opt/pyscape/stdc++.h.pch: the benchmark builds it when it is root.
The Java floor needs a JDK on the host and, as in the image, the runner compiled at
/opt/pyscape/java-runner: the benchmark compiles it (as root) before it measures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

from pyscape_judge import Judge, get_language, load_problem
from pyscape_judge.images import discover_languages
from pyscape_judge.languages.java import RUNNER_DIR, RUNNER_PACKAGE
from pyscape_judge.paths import harness_dir
from pyscape_judge.sandbox.base import Backend
from pyscape_judge.sandbox.choose import BACKENDS, RUNTIMES, make_backend
from pyscape_judge.sandbox.local import LocalBackend
from pyscape_judge.sandbox.oci import OciSandbox

#: Every language of the registry with a sandbox image, in the images' build order.
LANGUAGES = discover_languages()
CALLERS = 8


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


#: Processes of the Docker engine itself (the shims, runc and the sandboxes count as "rest").
ENGINE = ("dockerd", "containerd")


def unique(language: str, code: str) -> Callable[[], str]:
    """The same program, new each call: a trailing comment defeats the artefact cache."""
    counter = iter(range(1_000_000))
    comment = get_language(language).comment
    return lambda: f"{code}\n{comment} bench {time.time_ns()} {next(counter)}\n"


class SandboxCpu:
    """CPU of every OCI sandbox read from its cgroup as it is closed: ours alone, whatever else
    runs on the machine (other judges' sandboxes share ``/pyscape``)."""

    total_ns = 0
    _lock = threading.Lock()

    @classmethod
    def install(cls) -> None:
        original = OciSandbox.close

        def close(box: OciSandbox) -> None:
            if not box._closed:
                with contextlib.suppress(OSError, ValueError):
                    used = box.cgroup.cpu_ns()
                    with cls._lock:
                        cls.total_ns += used
            original(box)

        OciSandbox.close = close  # type: ignore[method-assign]


class CpuBreakdown:
    """Where the machine's CPU time went between ``start()`` and ``stop()``, in seconds.

    Contention-proof, ours alone: ``host_s`` is this benchmark's own cpuacct cgroup (v1, as
    root: the judge's Python and every process it starts on the host, i.e. the OCI runtimes
    until their sandbox joins its own cgroup), ``sandboxes_s`` the OCI sandboxes' cgroups
    (read as each is closed, in the window).
    """

    def start(self) -> CpuBreakdown:
        self._machine = self._busy()
        self._own = self._process_cpu(psutil.Process())
        self._host = own_cgroup_cpu_s()
        self._engine = self._engine_cpu()
        self._boxes = SandboxCpu.total_ns
        return self

    def stop(self) -> dict[str, float]:
        machine = self._busy() - self._machine
        own = self._process_cpu(psutil.Process()) - self._own
        engine = self._engine_cpu() - self._engine
        return {
            "machine_cpu_s": round(machine, 2),
            "judge_python_s": round(own, 2),
            "docker_engine_s": round(engine, 2),
            "rest_s": round(machine - own - engine, 2),
            "host_s": round(own_cgroup_cpu_s() - self._host, 2),
            "sandboxes_s": round((SandboxCpu.total_ns - self._boxes) / 1e9, 2),
        }

    @staticmethod
    def _busy() -> float:
        times = psutil.cpu_times()
        return sum(times) - times.idle - getattr(times, "iowait", 0.0)

    @staticmethod
    def _process_cpu(process: psutil.Process) -> float:
        try:
            t = process.cpu_times()
        except psutil.Error:
            return 0.0
        return t.user + t.system

    def _engine_cpu(self) -> float:
        return sum(
            self._process_cpu(p) for p in psutil.process_iter(["name"]) if p.info["name"] in ENGINE
        )


#: This benchmark's own cpuacct cgroup (v1 only): the judge and what it starts on the host.
BENCH_CGROUP = f"pyscape-judge-bench-{os.getpid()}"


def _cpuacct_root() -> Path | None:
    root = Path("/sys/fs/cgroup/cpuacct")
    return root if (root / "cpuacct.usage").exists() and os.geteuid() == 0 else None


def enter_own_cgroup() -> None:
    if (root := _cpuacct_root()) is not None:
        (root / BENCH_CGROUP).mkdir(exist_ok=True)
        (root / BENCH_CGROUP / "cgroup.procs").write_text(str(os.getpid()))


def leave_own_cgroup() -> None:
    if (root := _cpuacct_root()) is not None and (root / BENCH_CGROUP).exists():
        (root / "cgroup.procs").write_text(str(os.getpid()))
        with contextlib.suppress(OSError):
            (root / BENCH_CGROUP).rmdir()


def own_cgroup_cpu_s() -> float:
    """CPU seconds of :data:`BENCH_CGROUP` so far (0 where there is none)."""
    root = _cpuacct_root()
    try:
        return int((root / BENCH_CGROUP / "cpuacct.usage").read_text()) / 1e9 if root else 0.0
    except FileNotFoundError:
        return 0.0


def wait_idle(busy_percent: float = 15.0, at_most_s: float = 20.0) -> None:
    """Wait until the machine's CPU is idle (warm sandboxes still warming up count as busy)."""
    deadline = time.monotonic() + at_most_s
    time.sleep(0.2)
    while time.monotonic() < deadline and psutil.cpu_percent(interval=0.25) > busy_percent:
        pass


def measure(judge: Judge, language: str, runs: int, burst: int) -> dict[str, float]:
    """Latency of ``runs`` sequential new programs and of a repeated one, then one burst."""
    problem = load_problem("two-sum")
    code = problem.solutions[language][0].read_text()
    fresh = unique(language, code)

    def submit(source: str) -> float:
        started = time.perf_counter()
        verdict = judge.judge(problem, language, source)
        if not verdict.accepted:
            raise SystemExit(f"{language}: the reference solution got {verdict.status}")
        return (time.perf_counter() - started) * 1000

    def sequential(source: Callable[[], str]) -> list[float]:
        judge.warm_up(language, problem)
        time.sleep(2.0)  # let the pool fill: "an idle judge"
        latencies = []
        for _ in range(runs):
            wait_idle()  # "an idle judge": the pool has refilled, its sandboxes are warm
            latencies.append(submit(source()))
        return latencies

    latencies = sequential(fresh)
    submit(code)  # the repeated program's first run fills the cache
    repeated = sequential(lambda: code)
    time.sleep(2.0)
    cpu = CpuBreakdown().start()
    started = time.perf_counter()
    with ThreadPoolExecutor(CALLERS) as callers:
        list(callers.map(lambda _: submit(fresh()), range(burst)))
    elapsed = time.perf_counter() - started
    return {
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "repeat_p50_ms": round(statistics.median(repeated), 1),
        "burst": burst,
        "burst_per_s": round(burst / elapsed, 2),
        "burst_cpu": cpu.stop(),
    }


def prepare_floor(language: str) -> None:
    """The host made ready to run ``language``'s harness as a bare subprocess: the language's
    own ``prepare_<language>_floor`` below when it needs one (a compiler, a runner built),
    else the first word of its command (``python3``, ``node``) on the host's PATH."""
    prepare = globals().get(f"prepare_{language}_floor")
    if prepare is not None:
        prepare()
        return
    tool = shlex.split(get_language(language).command)[0]
    if shutil.which(tool) is None:
        raise SystemExit(f"no {tool} on the host")


def prepare_cpp_floor() -> None:
    """The host as the C++ image has it: ``clang++`` is clang 19, bits/stdc++.h precompiled."""
    compiler = shutil.which("clang++-19")
    if compiler is None:
        raise SystemExit("no clang++-19 on the host (apt-get install clang-19)")
    tools = Path(tempfile.mkdtemp(prefix="pyscape-bench-"))
    (tools / "clang++").symlink_to(compiler)
    os.environ["PATH"] = f"{tools}{os.pathsep}{os.environ['PATH']}"
    pch = Path("/opt/pyscape/stdc++.h.pch")
    if pch.exists():
        return
    if os.geteuid() != 0:
        raise SystemExit(f"no {pch} on the host (run the benchmark as root once to build it)")
    # The same recipe as sandbox_images/cpp/setup.sh, with the host's libstdc++.
    found = subprocess.run(
        [compiler, "-std=c++23", "-H", "-fsyntax-only", "-x", "c++", "-"],
        input="#include <bits/stdc++.h>\n",
        capture_output=True,
        text=True,
        check=True,
    )
    header = next(
        line.split(" ", 1)[1] for line in found.stderr.splitlines() if "bits/stdc++.h" in line
    )
    pch.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [compiler, "-std=c++23", "-O2", "-x", "c++-header", header, "-o", str(pch)], check=True
    )


def prepare_java_floor() -> None:
    """The host as the Java image has it: the runner's classes at ``RUNNER_DIR``."""
    if shutil.which("javac") is None:
        raise SystemExit("no javac on the host")
    target = Path(RUNNER_DIR)
    sources = sorted((harness_dir("java") / RUNNER_PACKAGE).glob("*.java"))
    try:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
    except PermissionError:
        raise SystemExit(f"{target} cannot be written (run the benchmark as root)") from None
    subprocess.run(
        ["javac", "-nowarn", "-proc:none", "-d", str(target), *map(str, sources)], check=True
    )


def modes(
    pool_size: int, backend: str = "auto", runtime: str = "auto"
) -> dict[str, Callable[[], Judge]]:
    def sandboxes() -> Backend:
        made, reason = make_backend(backend, runtime=runtime)
        print(f"backend: {reason}", flush=True)
        return made

    return {
        "pool": lambda: Judge(backend=sandboxes(), pool_size=pool_size, concurrency=CALLERS),
        "naive": lambda: Judge(backend=sandboxes(), concurrency=CALLERS),
        "floor": lambda: Judge(backend=LocalBackend(), concurrency=CALLERS),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--short", action="store_true", help="a few submissions: proves it runs")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--runs", type=int, help="sequential submissions (default 30)")
    parser.add_argument("--burst", type=int, help="submissions in the burst (default 100)")
    parser.add_argument("--out", type=Path, default=Path("bench/results/judge.json"))
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        default="auto",
        help="for pool and naive (default: what Judge() picks)",
    )
    parser.add_argument(
        "--runtime",
        choices=RUNTIMES,
        default="auto",
        help="for pool and naive (default: what Judge() picks)",
    )
    parser.add_argument("--modes", nargs="*", default=["pool", "naive", "floor"])
    args = parser.parse_args()
    runs, burst = (3, 8) if args.short else (30, 100)
    SandboxCpu.install()
    enter_own_cgroup()
    try:
        run(args, runs, burst)
    finally:
        leave_own_cgroup()


def run(args: argparse.Namespace, runs: int, burst: int) -> None:
    runs, burst = args.runs or runs, args.burst or burst

    figures: dict[str, dict[str, dict[str, float]]] = {}
    for language in args.languages:
        figures[language] = {}
        for mode, make in modes(pool_size=4, backend=args.backend, runtime=args.runtime).items():
            if mode not in args.modes:
                continue
            try:
                if mode == "floor":
                    prepare_floor(language)
                with make() as judge:
                    figures[language][mode] = measure(judge, language, runs, burst)
            except SystemExit as failed:  # e.g. no such toolchain on the host for the floor
                print(f"{language:11} {mode:6} skipped: {failed}", flush=True)
                continue
            print(f"{language:11} {mode:6} {figures[language][mode]}", flush=True)

    print()
    header = (
        f"{'language':11} {'mode':6} {'p50 ms':>8} {'p95 ms':>8} {'repeat':>8} {'burst/s':>8}"
        f"  burst CPU s: {'all':>5} {'judge':>5} {'engine':>6} {'rest':>5}"
        f"  ms/submission: {'host':>5} {'boxes':>5}"
    )
    print(header)
    print("-" * len(header))
    for language, by_mode in figures.items():
        for mode, f in by_mode.items():
            cpu = f["burst_cpu"]
            print(
                f"{language:11} {mode:6} {f['p50_ms']:8.1f} {f['p95_ms']:8.1f} "
                f"{f['repeat_p50_ms']:8.1f} {f['burst_per_s']:8.2f}  {'':12} "
                f"{cpu['machine_cpu_s']:5.1f} {cpu['judge_python_s']:5.1f} "
                f"{cpu['docker_engine_s']:6.1f} {cpu['rest_s']:5.1f}  {'':14} "
                f"{cpu['host_s'] * 1000 / f['burst']:5.0f} "
                f"{cpu['sandboxes_s'] * 1000 / f['burst']:5.0f}"
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
                "backend": args.backend,
                "runtime": args.runtime,
                "figures": figures,
            },
            indent=2,
        )
    )
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
