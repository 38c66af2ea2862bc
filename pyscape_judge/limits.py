"""Resource limits, resolved once per submission: test > problem > language > judge default."""

from __future__ import annotations

import msgspec


class Limits(msgspec.Struct, kw_only=True, frozen=True):
    """Every limit a sandbox enforces. Sizes in the unit their name says."""

    #: CPU time allowed to one test: every thread and process of the sandbox, read from its
    #: cgroup by the host between the test's input and its answer. Loading the code (job to
    #: ``ready``) has the same budget of its own.
    time_ms: int = 2000
    #: Memory of the whole sandbox; swap is set equal, so none is available.
    memory_mb: int = 256
    #: CPU time allowed to compile the submission.
    compile_s: float = 30.0
    #: Memory allowed to the compiler (the sandbox is raised to it while compiling).
    compile_memory_mb: int = 1024
    #: Wall clock for the whole run, on top of each phase's own backstop (:func:`backstop_s`);
    #: ``None``: the phases' backstops alone.
    wall_s: float | None = None
    #: Bytes the sandbox may write to stdout and stderr, all tests together.
    output_kb: int = 16 * 1024
    #: Largest file a process may write.
    file_size_kb: int = 16 * 1024
    #: Size of the writable /tmp.
    tmpfs_mb: int = 64
    #: Processes and threads at once.
    pids: int = 64
    cpus: float = 1.0
    #: Stack size for the user's code (deep recursion on 10^4-long lists and trees).
    stack_mb: int = 256
    #: Open files per process.
    nofile: int = 256

    def with_(self, **changes: object) -> Limits:
        """A copy with ``changes`` applied (``None`` values are ignored)."""
        return msgspec.structs.replace(self, **{k: v for k, v in changes.items() if v is not None})


def backstop_s(cpu_ms: float) -> float:
    """Wall clock a phase with ``cpu_ms`` of CPU time may take before the host calls it a
    timeout: three times its CPU budget plus a second. Only a program that sleeps or blocks
    meets it; an honest CPU-bound one on a busy machine runs out of CPU time first, or never.
    """
    return 3 * cpu_ms / 1000 + 1.0
