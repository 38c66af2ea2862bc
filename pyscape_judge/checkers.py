"""Answer checkers: pure functions of ``(output, expected)``, run on the host.

Function problems compare decoded JSON values; stdio problems compare text. Every checker
returns a :class:`Check`. :func:`checker_for` picks the problem's checker.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import msgspec

from pyscape_judge.problem import CheckerName, Mode, Problem


class Check(msgspec.Struct, frozen=True):
    passed: bool
    #: Why it failed, when the checker can say (custom checkers may).
    message: str | None = None


Checker = Callable[[Any, Any, Any], Check]  # (input, output, expected) -> Check

PASS = Check(True)
FAIL = Check(False)


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def equal(a: Any, b: Any, *, floating: bool = False, tolerance: float = 0.0) -> bool:
    """JSON equality, strict about types: ``1 != 1.0`` and ``True != 1``.

    With ``floating``, numbers compare by value (``1 == 1.0``), within ``tolerance`` (absolute
    or relative, whichever is looser) when it is positive.
    """
    if _is_number(a) and _is_number(b):
        if floating:
            if tolerance > 0:
                return _close(float(a), float(b), tolerance)
            return float(a) == float(b)
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(
            equal(x, y, floating=floating, tolerance=tolerance) for x, y in zip(a, b, strict=True)
        )
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(
            equal(a[k], b[k], floating=floating, tolerance=tolerance) for k in a
        )
    return type(a) is type(b) and a == b


def _close(a: float, b: float, tolerance: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tolerance * max(1.0, abs(b))


def _sort_key(value: Any) -> bytes:
    return msgspec.json.encode(value)


def sorted_deep(value: Any) -> Any:
    """Every list at every level sorted (for answers whose order does not matter at any level)."""
    if isinstance(value, list):
        return sorted((sorted_deep(v) for v in value), key=_sort_key)
    return value


def exact(output: Any, expected: Any, floating: bool = False) -> Check:
    return Check(equal(output, expected, floating=floating))


def within(output: Any, expected: Any, tolerance: float) -> Check:
    return Check(equal(output, expected, floating=True, tolerance=tolerance))


def any_order(output: Any, expected: Any, floating: bool = False) -> Check:
    """The top-level list may come in any order; inner values compare exactly."""
    if not (isinstance(output, list) and isinstance(expected, list)):
        return exact(output, expected, floating)
    return Check(
        equal(sorted(output, key=_sort_key), sorted(expected, key=_sort_key), floating=floating)
    )


def any_order_nested(output: Any, expected: Any, floating: bool = False) -> Check:
    """Lists in any order at every level (group-anagrams, 3sum, subsets)."""
    return Check(equal(sorted_deep(output), sorted_deep(expected), floating=floating))


def text_lines(text: str) -> list[str]:
    """Output lines with trailing spaces and trailing blank lines dropped."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def text_exact(output: str, expected: str) -> Check:
    return Check(text_lines(output) == text_lines(expected))


def text_any_order(output: str, expected: str) -> Check:
    return Check(sorted(text_lines(output)) == sorted(text_lines(expected)))


def text_tokens_within(output: str, expected: str, tolerance: float) -> Check:
    """Whitespace-separated tokens; numbers within ``tolerance``, other tokens exactly."""
    got, want = output.split(), expected.split()
    if len(got) != len(want):
        return FAIL
    for g, w in zip(got, want, strict=True):
        try:
            if not _close(float(g), float(w), tolerance):
                return FAIL
        except ValueError:
            if g != w:
                return FAIL
    return PASS


def checker_for(problem: Problem) -> Checker:
    """The checker of ``problem`` as one callable ``(input, output, expected) -> Check``."""
    name = problem.checker
    if name is CheckerName.CUSTOM:
        assert problem.custom_check is not None
        return _wrap_custom(problem.custom_check)
    if problem.mode is Mode.STDIO:
        if name is CheckerName.FLOAT:
            return lambda _i, o, e: text_tokens_within(_text(o), e, problem.tolerance)
        if name is CheckerName.ANY_ORDER:
            return lambda _i, o, e: text_any_order(_text(o), e)
        return lambda _i, o, e: text_exact(_text(o), e)
    result = problem.result_type
    floating = result is not None and result.is_floating
    if name is CheckerName.FLOAT:
        return lambda _i, o, e: within(o, e, problem.tolerance)
    if name is CheckerName.ANY_ORDER:
        return lambda _i, o, e: any_order(o, e, floating)
    if name is CheckerName.ANY_ORDER_NESTED:
        return lambda _i, o, e: any_order_nested(o, e, floating)
    return lambda _i, o, e: exact(o, e, floating)


def _text(output: Any) -> str:
    return output if isinstance(output, str) else ""


def _wrap_custom(check: Callable[..., Any]) -> Checker:
    def run(test_input: Any, output: Any, expected: Any) -> Check:
        answer = check(test_input, output, expected)
        if isinstance(answer, tuple):
            passed, message = answer
            return Check(bool(passed), str(message) if message is not None else None)
        return Check(bool(answer))

    return run
