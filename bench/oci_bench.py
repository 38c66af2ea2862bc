"""Sandboxes a second and CPU per sandbox: the OCI backend (runc, runsc) against Docker.

Each sandbox starts Python and imports the modules LeetCode's Python has at hand, under the
judge's default limits (256 MB with no swap, 64 pids, user 65534, read-only root, a tmpfs
/tmp, no network), prints one line and ends; ``--sandboxes`` of them, ``--parallel`` at a
time, per backend. The CPU is the whole machine's between the first start and the last close,
split into this process (the judge's Python), the Docker engine (dockerd, containerd) and the
rest (runtimes, shims, the sandboxes, the kernel, and whatever else the machine runs
meanwhile); "own" is only what this process and its descendants used (the OCI backend's
runtimes and sandboxes are its descendants; Docker's are the engine's, so it is not there).
The last row is the runtime's floor: runc starting an init that runs ``/bin/true``. A
benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from judge_bench import CpuBreakdown, wait_idle

from pyscape_judge.images import image_tag
from pyscape_judge.limits import Limits
from pyscape_judge.sandbox.base import Backend, RunSpec
from pyscape_judge.sandbox.docker import DockerBackend
from pyscape_judge.sandbox.oci import OciBackend

IMPORTS = "collections, heapq, bisect, itertools, functools, math, typing, re, string, random"
PYTHON = ("python3", "-c", f"import {IMPORTS}; print('ok')")


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


def measure(backend: Backend, command: tuple[str, ...], sandboxes: int, parallel: int) -> dict:
    spec = RunSpec(language="python", image=image_tag("python"), limits=Limits(), command=command)
    one(backend, spec)  # unpacks the image (OCI) or warms the engine's caches
    wait_idle()
    cpu = CpuBreakdown().start()
    children = _children_cpu()
    started = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(lambda _: one(backend, spec), range(sandboxes)))
    elapsed = time.perf_counter() - started
    used = cpu.stop()
    children = _children_cpu() - children
    return {
        "children_ms": children * 1000 / sandboxes,
        "per_s": sandboxes / elapsed,
        "cpu_ms": used["machine_cpu_s"] * 1000 / sandboxes,
        "judge_ms": used["judge_python_s"] * 1000 / sandboxes,
        "engine_ms": used["docker_engine_s"] * 1000 / sandboxes,
        "rest_ms": used["rest_s"] * 1000 / sandboxes,
    }


def _children_cpu() -> float:
    """CPU of this process's waited-for descendants: under the OCI backend, the runtimes and
    every sandbox process (each reaped by its init, reaped by its runtime, reaped by us)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sandboxes", type=int, default=40)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--backends", nargs="*", default=["oci-runc", "oci-runsc", "docker"])
    args = parser.parse_args()
    makers: dict[str, Callable[[], Backend]] = {
        "oci-runc": lambda: OciBackend(runtime="runc"),
        "oci-runsc": lambda: OciBackend(runtime="runsc"),
        "docker": lambda: DockerBackend(runtime="runc"),
        "docker-runsc": lambda: DockerBackend(runtime="runsc"),
    }
    rows = [(name, makers[name], PYTHON) for name in args.backends]
    if "oci-runc" in args.backends:
        rows.append(("oci-runc /bin/true", makers["oci-runc"], ("/bin/true",)))
    print(
        f"{args.sandboxes} sandboxes, {args.parallel} at a time; CPU per sandbox in ms\n"
        f"{'backend':20} {'per s':>6} {'CPU':>6} {'judge':>6} {'engine':>6} {'rest':>6}"
        f" {'own':>6}"
    )
    for name, make, command in rows:
        backend = make()
        try:
            f = measure(backend, command, args.sandboxes, args.parallel)
        finally:
            backend.close()
        print(
            f"{name:20} {f['per_s']:6.1f} {f['cpu_ms']:6.0f} {f['judge_ms']:6.0f} "
            f"{f['engine_ms']:6.0f} {f['rest_ms']:6.0f} {f['judge_ms'] + f['children_ms']:6.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
