"""TypeScript's hostile programs: the usual bombs, floods and crashes (run as JavaScript once
compiled), the compiler's own (type-level bombs, a stack-deep expression, a reference to the
compiler's stdin), and the trust-boundary cases whose lines come from solution.ts. The
bombs, the flood, forged records, a kill of every process and a compile-time bomb also run
under gVisor: two Node processes, FIFOs and a compiler that exits before `compiled`."""

from __future__ import annotations

from tests.hostile.cases import CE, MLE, OK, OLE, RE, STILL_JUDGES, TLE, WA, _case

#: What the host says of a record it cannot take.
BROKE = "broke the judge's protocol"
NOTHING_FOUND = 0

CASES: list = [
    _case(
        "typescript",
        "fork_bomb",
        TLE,
        host=(STILL_JUDGES,),
        runsc=True,
        runsc_statuses=(RE, MLE),
    ),
    _case("typescript", "memory_bomb", MLE, runsc=True),
    _case("typescript", "endless_loop", TLE, runsc=True),
    _case("typescript", "stdout_flood", OLE, runsc=True),
    _case("typescript", "forged_records", OK, runsc=True),
    _case("typescript", "exit_halfway", RE, passed=1, error="exited (code 0)"),
    _case("typescript", "kill_everything", RE, error="SIGKILL", host=(STILL_JUDGES,), runsc=True),
    _case("typescript", "host_secrets", WA, output=NOTHING_FOUND),
    # A crash names the type, the message and the user's line in solution.ts (the types the
    # compiler erased above it shift nothing).
    _case(
        "typescript",
        "crash",
        RE,
        error="TypeError: Cannot read properties of null (reading 'val')\n  Line 12",
    ),
    # The compiler's side: tsc's words with the user's position; bombs it stops itself; a
    # stack-deep expression; source files only, and /dev/null as its stdin.
    _case(
        "typescript",
        "type_error",
        CE,
        error="solution.ts:6:11 - error TS2322: Type 'string' is not assignable to type 'number'.",
    ),
    _case(
        "typescript",
        "type_bomb",
        CE,
        error="error TS2589: Type instantiation is excessively",
        runsc=True,
    ),
    _case("typescript", "tuple_bomb", CE, error="error TS2799"),
    _case("typescript", "compiler_stack", CE, error="Maximum call stack size exceeded"),
    _case("typescript", "reference_stdin", CE, error="solution.ts:1:22 - error TS6231"),
    # Trust: records under the real nonce, CPU while loading, a hidden test's error text.
    _case("typescript", "trust_forged_out_of_turn", RE, error=BROKE),
    _case("typescript", "trust_load_time_work", TLE),
    _case("typescript", "trust_error_message_input", RE, passed=2, error="RangeError (line 10)"),
    _case("typescript", "stdio_trust_error_input", RE, passed=2, error="Error (line 9)"),
]
