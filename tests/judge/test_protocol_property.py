"""Nothing a sandbox writes makes the judge raise: random and adversarial streams, fed through
a scripted sandbox into the real channel, session and verdict builder.

The scripted harness answers each frame the host sends with bytes of hypothesis' choosing:
random bytes, records under the real nonce with fields of the wrong type, out of range or
nested thousands deep, answers past the output limit, the hidden test's input in its error
text, silence (an endless loop: it spends CPU until the host stops it), or the end of output.
Every verdict must come back, be the submission's own (never ``internal_error``), encode to
JSON, stay small, and show nothing of the hidden test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyscape_judge import Judge, Limits, Status, load_problem
from pyscape_judge.records import PRIMED_NONCE
from tests.judge.fake_sandbox import PRIMED, Reply, ScriptedBackend, after_ready, record

HOSTILE_ADD = Path(__file__).parents[1] / "hostile" / "problems" / "hostile-add"
HIDDEN = "987654321"
LIMITS = Limits(output_kb=64)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
bad_values = st.sampled_from(
    ["nan", "lots", [1, 2], {"a": 1}, 1e300, -1, 2**70, None, True, "x" * 10, 0.5]
)


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@st.composite
def hostile_bytes(draw: st.DrawFn, nonce: str, test: int, seen: str) -> bytes:
    """One reply's stdout: what a harness under the user's control might write, ``seen``
    being the frame it was just sent (a test's input, which it may try to leak)."""
    kind = draw(
        st.sampled_from(
            ["random", "record", "mutated", "deep", "huge", "leak", "wrong_turn", "raw_nonce"]
        )
    )
    good: dict[str, Any] = {"event": "test", "test": test, "status": "ok", "output": 3}
    if kind == "random":
        return draw(st.binary(max_size=200))
    if kind == "record":
        return record(nonce, **draw(st.dictionaries(st.text(max_size=10), json_values, max_size=6)))
    if kind == "mutated":
        field = draw(
            st.sampled_from(
                ["event", "test", "status", "output", "stdout", "error", "time_ms", "memory_kb"]
            )
        )
        return record(nonce, **{**good, field: draw(bad_values | json_values)})
    if kind == "deep":
        depth = draw(st.sampled_from([65, 70, 1000, 5000, 100_000]))
        return (
            b"\n"
            + nonce.encode()
            + b' {"event":"test","test":1,"status":"ok","output":'
            + (_deep(depth) + b"}\n")
        )
    if kind == "huge":
        return record(nonce, **{**good, "output": list(range(draw(st.integers(10_000, 40_000))))})
    if kind == "leak":
        digits = "".join(c for c in seen if c.isdigit())[:40]
        error = {"type": f"E{digits}", "message": f"args were {seen}", "line": 3}
        return record(nonce, event="test", test=test, status="error", error=error, stdout=seen)
    if kind == "wrong_turn":
        return record(
            nonce,
            **draw(
                st.sampled_from(
                    [
                        {"event": "ready"},
                        {"event": "done"},
                        {"event": "primed"},
                        {**good, "test": test + 1},
                    ]
                )
            ),
        )
    return b"\n" + nonce.encode() + b" " + draw(st.binary(max_size=100)) + b"\n"


@st.composite
def scripts(draw: st.DrawFn) -> list[tuple[str, Any]]:
    """Per frame after the prime: ("ok"|"hostile"|"eof"|"spin", detail)."""
    return draw(
        st.lists(
            st.tuples(st.sampled_from(["ok", "hostile", "hostile", "eof", "spin"]), st.randoms()),
            min_size=1,
            max_size=6,
        )
    )


@pytest.fixture(scope="module")
def problem():
    return load_problem(HOSTILE_ADD)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=scripts(), data=st.data())
def test_no_stream_makes_the_judge_raise(problem, plan, data) -> None:
    def script(number: int, frame: bytes, nonce: str | None) -> Reply:
        if number == 0:
            return Reply(stdout=PRIMED)
        assert nonce is not None
        step = number - 1
        kind = plan[step][0] if step < len(plan) else "eof"
        seen = frame.decode("utf-8", "replace")
        if kind == "eof":
            return Reply(end=True, stderr=b"crash after " + frame)
        if kind == "spin":
            return Reply()
        if kind == "ok":
            reply = (
                record(nonce, event="ready")
                if step == 0
                else record(nonce, event="test", test=step, status="ok", output=3)
            )
            return Reply(stdout=reply, cpu_ms=5)
        return Reply(
            stdout=data.draw(hostile_bytes(nonce, max(step, 1), seen)),
            stderr=data.draw(st.binary(max_size=50)),
            cpu_ms=data.draw(st.floats(0, 3000)),
        )

    with Judge(backend=ScriptedBackend(script), limits=LIMITS) as judge:
        verdict = judge.judge(problem, "python", "class Solution: pass")
    assert verdict.status is not Status.INTERNAL_ERROR, verdict
    text = msgspec.json.encode(verdict.to_dict())
    assert len(text) < 512 * 1024
    # The hidden input only reaches the program with test 3's frame: none of it may show.
    assert HIDDEN.encode() not in text
    for result in verdict.results:
        assert 0 <= result.runtime_ms < 1e7 and 0 <= result.memory_kb < 2**53


def test_an_honest_stream_is_accepted_with_the_host_figures(problem) -> None:
    """The scripted CPU time (not the record's own time_ms) is each test's runtime."""

    def script(number: int, frame: bytes, nonce: str | None) -> Reply:
        if number == 0:
            return Reply(stdout=PRIMED)
        assert nonce is not None
        if number == 1:
            return Reply(stdout=record(nonce, event="ready"), cpu_ms=30)
        body = msgspec.json.decode(frame.partition(b"\n")[2])
        if body.get("end"):
            return Reply(stdout=record(nonce, event="done"), end=True)
        a, b = body["input"]
        reply = record(
            nonce,
            event="test",
            test=body["test"],
            status="ok",
            output=a + b,
            time_ms=0.0,
            memory_kb=1,
        )
        return Reply(stdout=reply, cpu_ms=100 * body["test"], memory_kb=5000 * body["test"])

    with Judge(backend=ScriptedBackend(script), limits=LIMITS) as judge:
        verdict = judge.judge(problem, "python", "class Solution: pass")
    assert verdict.status is Status.ACCEPTED, verdict
    assert [r.runtime_ms for r in verdict.results] == [100, 200, 300]
    assert [r.memory_kb for r in verdict.results] == [5000, 10000, 15000]
    assert verdict.results[2].input is None and verdict.results[2].hidden


def test_a_forged_primed_record_later_is_out_of_turn(problem) -> None:
    def script(number: int, frame: bytes, nonce: str | None) -> Reply:
        if number == 0:
            return Reply(stdout=PRIMED)
        forged = b"\n" + PRIMED_NONCE.encode() + b' {"event":"ready"}\n'
        return Reply(stdout=forged + record(nonce or "", event="primed"))

    with Judge(backend=ScriptedBackend(script), limits=LIMITS) as judge:
        verdict = judge.judge(problem, "python", "class Solution: pass")
    assert verdict.status is Status.RUNTIME_ERROR
    assert "protocol" in (verdict.runtime_error or "")


def test_cpu_past_the_limit_is_a_timeout_even_with_the_right_answer(problem) -> None:
    def answer(frame: bytes, nonce: str) -> Reply:
        reply = record(nonce, event="test", test=1, status="ok", output=3, time_ms=0)
        return Reply(stdout=reply, cpu_ms=1600)

    with Judge(backend=ScriptedBackend(after_ready(answer)), limits=LIMITS) as judge:
        verdict = judge.judge(problem, "python", "class Solution: pass")
    assert verdict.status is Status.TIMEOUT
    assert verdict.results[0].runtime_ms == pytest.approx(1600)


def test_load_work_past_the_budget_is_a_timeout(problem) -> None:
    def script(number: int, frame: bytes, nonce: str | None) -> Reply:
        if number == 0:
            return Reply(stdout=PRIMED)
        return Reply(stdout=record(nonce or "", event="ready"), cpu_ms=4000)

    with Judge(backend=ScriptedBackend(script), limits=LIMITS) as judge:
        verdict = judge.judge(problem, "python", "class Solution: pass")
    assert verdict.status is Status.TIMEOUT
    assert "loading" in (verdict.results[0].error or "")


@pytest.mark.parametrize(
    ("oom_kills", "counts_ooms", "expected"),
    [
        (0, True, Status.RUNTIME_ERROR),  # counted, none: the harness guessed wrong
        (1, True, Status.MEMORY_LIMIT_EXCEEDED),
        (0, False, Status.MEMORY_LIMIT_EXCEEDED),  # nothing counts them: the guess stands
    ],
)
def test_a_harness_guess_of_out_of_memory_is_the_host_s_to_confirm(
    problem, oom_kills: int, counts_ooms: bool, expected: Status
) -> None:
    """A harness says a SIGKILL'd child ran out of memory; the OOM count decides when kept."""

    def answer(frame: bytes, nonce: str) -> Reply:
        error = {"type": "SIGKILL", "message": "killed (out of memory)"}
        reply = record(nonce, event="test", test=1, status="memory", error=error)
        return Reply(stdout=reply, oom_kills=oom_kills)

    backend = ScriptedBackend(after_ready(answer), counts_ooms=counts_ooms)
    with Judge(backend=backend, limits=LIMITS) as judge:
        verdict = judge.judge(problem, "python", "class Solution: pass")
    assert verdict.status is expected, verdict
    if expected is Status.RUNTIME_ERROR:
        assert verdict.runtime_error == "the program was killed (SIGKILL)"
