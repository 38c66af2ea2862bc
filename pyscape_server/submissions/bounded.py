"""Verdicts as they are stored and answered: bounded, whatever a submission printed.

Texts (stdout, errors) longer than :data:`MAX_TEXT` characters are cut and say so; values
(input, output, expected) whose JSON is longer than :data:`MAX_VALUE` bytes become a text saying
how long they were; figures are whole, finite and within a database integer. So no submission
grows a row past a few hundred KB or makes the store fail.
"""

from __future__ import annotations

import math
from typing import Any

import msgspec

from pyscape_judge import TestResult, Verdict

MAX_TEXT = 8 * 1024
MAX_VALUE = 8 * 1024
#: Results kept at most (a problem's tests, in order up to the first failure).
MAX_RESULTS = 200
_MAX_INT = 2**31 - 1


def bounded(verdict: Verdict) -> Verdict:
    results = [_result(r) for r in verdict.results[:MAX_RESULTS]]
    return msgspec.structs.replace(
        verdict,
        results=results,
        runtime_ms=_whole(verdict.runtime_ms),
        memory_kb=_whole(verdict.memory_kb),
        total_test_cases=_whole(verdict.total_test_cases),
        compile_error=cut(verdict.compile_error),
        runtime_error=cut(verdict.runtime_error),
        message=cut(verdict.message),
    )


def cut(text: str | None, limit: int = MAX_TEXT) -> str | None:
    """``text`` at most ``limit`` characters, marked when cut."""
    if text is None or len(text) <= limit:
        return text
    return f"{text[:limit]}\n[cut: {len(text) - limit} more characters]"


def _result(result: TestResult) -> TestResult:
    return msgspec.structs.replace(
        result,
        input=_value(result.input),
        output=_value(result.output),
        expected=_value(result.expected),
        stdout=cut(result.stdout),
        error=cut(result.error),
        runtime_ms=_finite(result.runtime_ms),
        memory_kb=_whole(result.memory_kb),
    )


def _value(value: Any) -> Any:
    try:
        size = len(msgspec.json.encode(value))
    except (TypeError, ValueError, OverflowError):
        return "[a value that is not JSON]"
    if size <= MAX_VALUE:
        return value
    return f"[cut: {size} bytes of JSON]"


def _whole(number: float | int | None) -> int:
    if not isinstance(number, int | float) or not math.isfinite(number):
        return 0
    return max(0, min(_MAX_INT, int(number)))


def _finite(number: float | int | None) -> float:
    if not isinstance(number, int | float) or not math.isfinite(number):
        return 0.0
    return max(0.0, min(float(_MAX_INT), float(number)))
