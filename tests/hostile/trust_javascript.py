"""Trust-boundary cases in JavaScript: programs that attack what the harness writes (records,
clocks, inputs, error text); each must get its verdict and leave the host's figures its own."""

from __future__ import annotations

from tests.hostile.cases import OK, OLE, RE, TLE, WA, _case

#: What the host says of a record it cannot take.
BROKE = "broke the judge's protocol"

CASES: list = [
    # (1) Records under the real nonce, which a program finds in its own heap (a V8 heap
    # snapshot): malformed ones are the program's runtime_error, a wrong answer is one.
    _case("javascript", "trust_forged_deep", RE, error=BROKE),
    _case("javascript", "trust_forged_figures", RE, error=BROKE),
    _case("javascript", "trust_forged_huge_figures", RE, error=BROKE),
    _case("javascript", "trust_forged_stdout_list", RE, error=BROKE),
    _case("javascript", "trust_forged_out_of_turn", RE, error=BROKE),
    _case("javascript", "trust_forged_output_1e300", WA, output=1e300),
    # The harness's own references (JSON, fs, Buffer, its modules' exports) were taken before
    # the code loaded: replacing them changes none of its records.
    _case("javascript", "trust_replaced_writers", OK),
    # (2) and (3): CPU time comes from the cgroup, whatever the clocks say, loading included.
    _case("javascript", "trust_frozen_clock", TLE),
    _case("javascript", "trust_load_time_work", TLE),
    # (4) A hidden test's error shows its type and line only, and only a type the code names
    # and a line inside the file (the suite checks no verdict holds the hidden input).
    _case("javascript", "trust_error_message_input", RE, passed=2, error="RangeError (line 5)"),
    _case("javascript", "trust_error_type_input", RE, passed=2, error="Error"),
    _case("javascript", "trust_forged_error_input", RE, passed=2),
    _case("javascript", "stdio_trust_error_input", RE, passed=2, error="Error (line 6)"),
    # (5) An answer past the output limit is cut off by the harness before it is whole.
    _case("javascript", "trust_huge_answer", OLE),
    # (6) A stdio program's own report (fd 3, or a record forged on the harness's stdout with
    # the nonce read from the harness's memory) changes nothing: its CPU time is the cgroup's.
    _case("javascript", "stdio_trust_forged_report", TLE),
]
