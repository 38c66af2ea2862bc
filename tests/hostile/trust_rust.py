"""Hostile cases in rust: the bombs, floods and crashes of every language, Rust's compile-time
bombs, the trust-boundary cases that apply (a replaced clock, error text built from the
hidden input) and the host's probes (its secrets, the network); each must get its verdict and
leave the host's figures its own."""

from __future__ import annotations

from tests.hostile.cases import CE, MLE, NOTHING_FOUND, OK, OLE, RE, STILL_JUDGES, TLE, WA, _case

CASES = [
    # (1) Bombs, floods, crashes.
    _case("rust", "fork_bomb", TLE, host=(STILL_JUDGES,), runsc=True, runsc_statuses=(RE, MLE)),
    _case("rust", "memory_bomb", MLE, runsc=True),
    _case("rust", "allocation_failure", MLE),
    _case("rust", "endless_loop", TLE),
    _case("rust", "stdout_flood", OLE),
    _case("rust", "stdio_flood", OLE),
    _case("rust", "forged_records", OK),
    _case("rust", "exit_halfway", RE, passed=1, error="exited (code 0)"),
    _case("rust", "kill_everything", RE, error="SIGKILL", host=(STILL_JUDGES,)),
    _case("rust", "child_after_last", OK),
    # (2) Crashes named as for C++: a panic with its message and the user's line, overflow
    # checks on (as LeetCode), a stack overflow and an abort as signals.
    _case(
        "rust",
        "panic_index",
        RE,
        passed=1,
        error="panic: index out of bounds: the len is 2 but the index is 5\n  Line 6",
    ),
    _case("rust", "overflow", RE, passed=2, error="panic (line 4)"),
    _case("rust", "stack_overflow", RE, error="SIGSEGV: stack overflow"),
    _case("rust", "abort", RE, error="SIGABRT"),
    _case("rust", "stdio_panic", RE, passed=1, error="Line 9"),
    _case("rust", "stdio_stack_overflow", RE, error="SIGSEGV: stack overflow"),
    # Heap corruption by unsafe code: the C library aborts inside free() with its heap's lock
    # held; the crash's record is built without the heap, so it ends at once, named.
    _case("rust", "double_free", RE, error="SIGABRT"),
    _case("rust", "heap_overrun", RE, error="SIGABRT"),
    # (3) Compile-time bombs: a compile error, or the compile limits; never a hang.
    _case("rust", "macro_bomb", CE, error="recursion limit reached"),
    _case("rust", "include_itself", CE, error="recursion limit reached"),
    _case("rust", "include_dev_random", CE, error="ran out of memory"),
    _case("rust", "include_stdin", OK),
    # (4) Trust: the C library's write() and read() replaced by the program's own (the
    # harness's channel makes its system calls itself), a replaced clock_gettime (the time
    # comes from the cgroup), and a hidden test's error that shows its type and line only,
    # never the message built from the input.
    _case("rust", "trust_write_interposed", OK, runsc=True),
    _case("rust", "trust_frozen_clock", TLE),
    _case("rust", "trust_error_leaks_input", RE, passed=2, error="panic (line 5)"),
    # (5) The host: its secrets (a canary in the judge's environment, other processes' /proc,
    # the engine's sockets) and the network, out of reach; a probe returns how many it reached.
    _case("rust", "host_secrets", WA, output=NOTHING_FOUND, runsc=True),
    _case("rust", "network", WA, output=NOTHING_FOUND),
]
