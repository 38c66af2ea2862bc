"""Resource limits, resolved once per submission: test > problem > language > judge default."""

from __future__ import annotations

import msgspec


class Limits(msgspec.Struct, kw_only=True, frozen=True):
    """Every limit a sandbox enforces. Sizes in the unit their name says."""

    #: CPU-bound wall time allowed to one test, measured by the harness, enforced by the host.
    time_ms: int = 2000
    #: Memory of the whole sandbox; swap is set equal, so none is available.
    memory_mb: int = 256
    #: Time allowed to compile (or load) the submission.
    compile_s: float = 30.0
    #: Memory allowed to the compiler (the sandbox is raised to it while compiling).
    compile_memory_mb: int = 1024
    #: Wall clock for the whole run; ``None`` derives it from the tests' time limits.
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

    def wall_clock_s(self, test_times_ms: list[int]) -> float:
        """The deadline of a whole run: the given ``wall_s``, or compile + every test + slack."""
        if self.wall_s is not None:
            return self.wall_s
        return self.compile_s + sum(test_times_ms) / 1000 * 1.5 + 5.0


def test_deadline_s(time_ms: int) -> float:
    """How long the host waits for one test's result before it kills the sandbox.

    The harness measures the test itself; the host adds slack for the round trip and the
    machine's load, then treats silence as an endless loop.
    """
    return time_ms / 1000 * 1.5 + 0.5
