"""Trust-boundary cases in python: programs that attack what the harness writes (records, clocks,
inputs, error text); each must get its verdict and leave the host's figures its own."""

from __future__ import annotations

from tests.hostile.cases import OK, OLE, RE, TLE, WA, _case

#: What the host says of a record it cannot take.
BROKE = "broke the judge's protocol"

CASES: list = [
    # (1) Records under the real nonce, through what the harness writes with (json.dumps,
    # os.write, both replaced by the program): malformed ones, and an answer nested deeper
    # than any problem's, are the program's runtime_error; a well-formed wrong answer is one.
    _case("python", "trust_deep_record", RE, error=BROKE),
    _case("python", "trust_deep_answer", RE, error=BROKE),
    _case("python", "trust_nan_time", RE, error=BROKE),
    _case("python", "trust_lots_memory", RE, error=BROKE),
    _case("python", "trust_huge_memory", RE, error=BROKE),
    _case("python", "trust_list_stdout", RE, error=BROKE),
    _case("python", "trust_wrong_event", RE, error=BROKE),
    _case("python", "trust_record_out_of_turn", RE, error=BROKE),
    _case("python", "trust_lots_output", WA, output="lots"),
    _case("python", "trust_huge_number_output", WA, output=1e300),
    # (2) and (3): CPU time comes from the cgroup, whatever the clocks say, loading included;
    # and no input is in the sandbox before its turn, at import time or in an earlier test.
    _case("python", "trust_frozen_clock", TLE),
    _case("python", "trust_import_time_work", TLE),
    _case("python", "trust_inputs_before_their_turn", OK),
    # (4) A hidden test's error shows its type and line only (the suite checks that no verdict
    # holds the hidden input, whatever the program named its exception or forged).
    _case("python", "trust_hidden_input_in_message", RE, passed=2, error="ValueError"),
    _case("python", "trust_hidden_input_in_type", RE, passed=2),
    _case("python", "trust_forged_error_with_input", RE, passed=2),
    _case("python", "stdio_trust_hidden_input_in_message", RE, passed=2, error="ValueError"),
    # (5) An answer past the output limit is never sent whole: the harness measures it first.
    _case("python", "trust_huge_answer", OLE),
    _case("python", "stdio_trust_huge_answer", OLE),
    # (6) A stdio program's own report (a record forged with the nonce found in the harness's
    # frames, on the harness's stdout) changes nothing: its CPU time is the cgroup's.
    _case("python", "stdio_trust_forged_report", TLE),
]
