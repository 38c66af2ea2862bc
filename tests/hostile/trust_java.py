"""Trust-boundary cases in java: programs that attack what the harness writes (records, clocks,
inputs, error text); each must get its verdict and leave the host's figures its own.

Java's user code runs in the runner's JVM, so it can reach anything there: the forging programs
read the job's nonce from their own memory (/proc/self/mem) and write records under it on the
sandbox's real stdout. Only the host's decoding and its own measures stand between them and a
verdict.
"""

from __future__ import annotations

from tests.hostile.cases import OK, OLE, RE, TLE, WA, _case

CASES = [
    # (1) Records the program writes under the real nonce, before the harness's own.
    _case("java", "trust_deep_record", RE),
    _case("java", "trust_nan_figures", RE),
    _case("java", "trust_list_stdout", RE),
    _case("java", "trust_huge_figures", RE),
    _case("java", "trust_done_early", RE),
    _case("java", "trust_wrong_test", RE),
    # A well-formed record is an answer like any other: judged, here wrong.
    _case("java", "trust_wrong_answer_record", WA, output=0),
    # A codec of the user's, named like the harness's, is never loaded: the answers are right.
    _case("java", "trust_codec_shadow", OK),
    # (2) The clock: 1.6 s of CPU per test on a 1 s limit, however the program hides it.
    _case("java", "trust_clock_threads", TLE),
    _case("java", "trust_forged_time", TLE),
    # (3) Work in static initialisers (the load phase, and test 1's).
    _case("java", "trust_static_work", TLE),
    _case("java", "trust_helper_static_work", TLE),
    # (4) The hidden input in the error: message, line and type (the host checks the text).
    _case("java", "trust_leak_message", RE, passed=2, error="IllegalStateException"),
    _case("java", "trust_leak_line", RE, passed=2, error="IllegalStateException"),
    _case("java", "trust_leak_type", RE, passed=2, error="java.lang.RuntimeException"),
    _case("java", "stdio_trust_leak_stderr", RE, passed=2, error="IllegalStateException"),
    # (5) A huge answer.
    _case("java", "stdio_trust_huge_answer", OLE),
    # (6) A stdio program's forged report (stdout through /proc, stderr, a shutdown hook).
    _case("java", "stdio_trust_forged_report", TLE),
]
