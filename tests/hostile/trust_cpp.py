"""Trust-boundary cases in cpp: programs that attack what the harness writes (records, clocks,
inputs, error text); each must get its verdict and leave the host's figures its own."""

from __future__ import annotations

from tests.hostile.cases import NOTHING_FOUND, OK, OLE, RE, TLE, WA, _case

CASES = [
    # (1) What the harness writes with. An `extern "C" write()` of the user's no longer
    # reaches the harness's channel (its own system calls); a specialization of the harness's
    # encoder (pyscape::to_json<int>) writes any text inside the record under the real nonce,
    # and a program finds the nonce in its own memory and writes whole records.
    _case("cpp", "trust_write_interposed", OK, runsc=True),
    _case("cpp", "trust_codec_deep", RE),
    _case("cpp", "trust_codec_nan_figures", RE),
    _case("cpp", "trust_codec_huge_figures", RE),
    _case("cpp", "trust_forged_wrong_answer", WA, output=0),
    _case("cpp", "trust_forged_out_of_turn", RE),
    # (2) Frozen clocks and disarmed timers: the CPU time comes from the cgroup.
    _case("cpp", "trust_frozen_clock", TLE),
    _case("cpp", "stdio_trust_frozen_clock", TLE),
    # (3) Work while loading: the program starts after the host's "go", its loading is timed.
    _case("cpp", "trust_priority_constructor", TLE),
    _case("cpp", "trust_static_init_work", TLE),
    _case("cpp", "stdio_trust_static_init_work", TLE),
    _case("cpp", "trust_constructor_reads_ahead", WA, output=NOTHING_FOUND),
    # (4) Error text built from the hidden input: a hidden test's error shows its type only.
    _case("cpp", "trust_error_leaks_input", RE, passed=2, error="std::invalid_argument"),
    _case("cpp", "stdio_trust_error_leaks_input", RE, passed=2, error="std::runtime_error"),
    # (5) Answers past the output limit: the harness's own check, the host's, stdio's file.
    _case("cpp", "trust_codec_huge_answer", OLE),
    _case("cpp", "trust_forged_huge_answer", OLE),
    _case("cpp", "stdio_trust_huge_answer", OLE),
    # (6) Forged reports of a stdio test with 0 ms, after 1.6 s of CPU: from the program's exit
    # handler (the harness's channel is out of its reach), and from the harness's own process
    # through a wait4() of the program's (the report reaches the host).
    _case("cpp", "stdio_trust_forged_report", TLE),
    _case("cpp", "stdio_trust_parent_report", TLE),
]
