"""The Go cases: the limits (fork, goroutine, thread and memory bombs, an endless loop, a
flood), crashes named as Go names them, a compile-time bomb, and the trust boundary."""

from __future__ import annotations

from tests.hostile.cases import (
    CE,
    MLE,
    NOTHING_FOUND,
    OK,
    OLE,
    RE,
    STILL_JUDGES,
    TLE,
    WA,
    _case,
)

CASES = [
    # The limits. A raw fork() in a loop meets the pids limit, then the time limit; goroutines
    # are not threads (GOMAXPROCS=1), so a goroutine bomb is a memory bomb; goroutines each
    # holding a thread in a system call meet the pids limit, and the runtime dies of it.
    # Under gVisor (runsc: the marked cases), the fork bomb ends the sandbox as for Python and
    # C++ (cases.py): gVisor's kernel exits (code 2) or its memory reaches the limit first.
    _case("go", "fork_bomb", TLE, host=(STILL_JUDGES,), runsc=True, runsc_statuses=(RE, MLE)),
    _case("go", "goroutine_bomb", MLE, host=(STILL_JUDGES,)),
    _case("go", "thread_bomb", RE, error="failed to create new OS thread", host=(STILL_JUDGES,)),
    _case("go", "memory_bomb", MLE, runsc=True),
    _case("go", "endless_loop", TLE, runsc=True),
    _case("go", "sleep_forever", TLE),
    _case("go", "stdout_flood", OLE),
    _case("go", "stdio_flood", OLE),
    # Crashes, named as Go names them, with the user's line.
    _case(
        "go",
        "crash",
        RE,
        passed=1,
        error="panic: runtime error: index out of range [42]",
        runsc=True,
    ),
    _case("go", "goroutine_panic", RE, error="assignment to entry in nil map"),
    # A deadlock is not the runtime's fatal error here: the harness's SIGXFSZ watcher (the
    # output limit) is a goroutine that waits too. It waits: the wall-clock backstop.
    _case("go", "deadlock", TLE),
    _case("go", "stack_overflow", RE, error="fatal error: stack overflow"),
    _case("go", "stdio_crash", RE, error="panic: runtime error: integer divide by zero"),
    _case("go", "exit_halfway", RE, passed=1, error="exited (code 0)"),
    # A compile-time bomb: an instantiation that never ends is the compiler's error at once.
    _case("go", "compile_bomb", CE, error="instantiation cycle"),
    # The trust boundary.
    _case("go", "forged_records", OK, runsc=True),
    _case("go", "host_secrets", WA, output=NOTHING_FOUND, runsc=True),
    _case("go", "trust_error_leaks_input", RE, passed=2, error="panic (line 4)"),
]
