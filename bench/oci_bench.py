"""Sandboxes a second and CPU per sandbox: the OCI backend (crun, runc, runsc) against Docker.

Each sandbox starts Python and imports the modules LeetCode's Python has at hand, under the
judge's default limits (256 MB with no swap, 64 pids, user 65534, read-only root, a tmpfs
/tmp, no network), prints one line and ends; ``--sandboxes`` of them, ``--parallel`` at a
time, per backend. The last rows are the runtimes' floors: crun and runc starting an init that
runs ``/bin/true``. A benchmark, not a test: it asserts nothing.

CPU per sandbox, in ms: ``machine`` is the whole machine's (noisy when others use it);
``judge+rt`` this process and its children (the OCI runtimes), read from a cgroup of its own;
``boxes`` the sandboxes' processes, read from the cgroups they run in (``/pyscape`` for the OCI
backend, ``/docker`` for Docker); ``engine`` dockerd and containerd. For Docker, the
containers' shims and runc run in the engine's cgroup and are only in ``machine``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import psutil
from judge_bench import wait_idle

from pyscape_judge.images import image_tag
from pyscape_judge.limits import Limits
from pyscape_judge.sandbox.base import Backend, RunSpec
from pyscape_judge.sandbox.docker import DockerBackend
from pyscape_judge.sandbox.oci import OciBackend
from pyscape_judge.sandbox.oci_cgroup import hierarchies

IMPORTS = "collections, heapq, bisect, itertools, functools, math, typing, re, string, random"
PYTHON = ("python3", "-c", f"import {IMPORTS}; print('ok')")
ENGINE = ("dockerd", "containerd")
#: This benchmark's own cgroup (cpu accounting only): it and the runtimes it starts.
BENCH_CGROUP = "pyscape-bench"


def one(backend: Backend, spec: RunSpec) -> None:
    box = backend.start(spec)
    try:
        output = b""
        while (chunk := box.read(timeout=60)) is not None:
            output += chunk.data
        status = box.exit_status()
        if status.exit_code != 0 or (spec.command == PYTHON and output != b"ok\n"):
            raise SystemExit(f"{backend.name}: the sandbox failed: {status} {output!r}")
    finally:
        box.close()


def cgroup_cpu_s(path: str) -> float:
    """CPU seconds of the cgroup ``path`` and everything below it, ever (0 when absent)."""
    roots = hierarchies()
    try:
        if "cpuacct" in roots:
            return int((roots["cpuacct"] / path / "cpuacct.usage").read_text()) / 1e9
        stat = (roots[""] / path / "cpu.stat").read_text().split()
        return int(stat[stat.index("usage_usec") + 1]) / 1e6
    except (FileNotFoundError, KeyError, ValueError):
        return 0.0


def enter_own_cgroup() -> bool:
    """Move this process into :data:`BENCH_CGROUP` of the v1 cpuacct hierarchy (root only;
    not on v2, where it would leave the cgroup its supervisor put it in)."""
    root = hierarchies().get("cpuacct")
    if root is None or os.geteuid() != 0:
        return False
    folder = root / BENCH_CGROUP
    folder.mkdir(exist_ok=True)
    (folder / "cgroup.procs").write_text(str(os.getpid()))
    return True


def leave_own_cgroup() -> None:
    root = hierarchies().get("cpuacct")
    if root is not None and (root / BENCH_CGROUP).exists():
        (root / "cgroup.procs").write_text(str(os.getpid()))
        (root / BENCH_CGROUP).rmdir()


def snapshot() -> dict[str, float]:
    times = psutil.cpu_times()
    engine = 0.0
    for process in psutil.process_iter(["name", "cpu_times"]):
        if process.info["name"] in ENGINE and process.info["cpu_times"] is not None:
            engine += process.info["cpu_times"].user + process.info["cpu_times"].system
    return {
        "machine": sum(times) - times.idle - getattr(times, "iowait", 0.0),
        "judge+rt": cgroup_cpu_s(BENCH_CGROUP),
        "boxes": cgroup_cpu_s("pyscape") + cgroup_cpu_s("docker"),
        "engine": engine,
    }


def measure(backend: Backend, command: tuple[str, ...], sandboxes: int, parallel: int) -> dict:
    spec = RunSpec(language="python", image=image_tag("python"), limits=Limits(), command=command)
    one(backend, spec)  # unpacks the image (OCI) or warms the engine's caches
    wait_idle()
    before = snapshot()
    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(lambda _: one(backend, spec), range(sandboxes)))
    elapsed = time.perf_counter() - started
    after = snapshot()
    figures = {key: (after[key] - before[key]) * 1000 / sandboxes for key in before}
    return {"per_s": sandboxes / elapsed, **figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sandboxes", type=int, default=40)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument(
        "--backends", nargs="*", default=["oci-crun", "oci-runc", "oci-runsc", "docker"]
    )
    args = parser.parse_args()
    makers: dict[str, Callable[[], Backend]] = {
        "oci-crun": lambda: OciBackend(runtime="crun"),
        "oci-runc": lambda: OciBackend(runtime="runc"),
        "oci-runsc": lambda: OciBackend(runtime="runsc"),
        "docker": lambda: DockerBackend(runtime="runc"),
        "docker-runsc": lambda: DockerBackend(runtime="runsc"),
    }
    rows = [(name, makers[name], PYTHON) for name in args.backends]
    for floor in ("oci-crun", "oci-runc"):
        if floor in args.backends:
            rows.append((f"{floor} /bin/true", makers[floor], ("/bin/true",)))
    own = enter_own_cgroup()
    print(
        f"{args.sandboxes} sandboxes, {args.parallel} at a time; CPU per sandbox in ms"
        + ("" if own else " (not root: no judge+rt column)")
    )
    columns = ("machine", "judge+rt", "boxes", "engine")
    print(f"{'backend':20} {'per s':>6} " + " ".join(f"{c:>8}" for c in columns))
    try:
        for name, make, command in rows:
            backend = make()
            try:
                f = measure(backend, command, args.sandboxes, args.parallel)
            finally:
                backend.close()
            cells = " ".join(f"{f[c]:8.0f}" for c in columns)
            print(f"{name:20} {f['per_s']:6.1f} {cells}", flush=True)
    finally:
        if own:
            leave_own_cgroup()


if __name__ == "__main__":
    main()
