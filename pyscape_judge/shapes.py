"""Whether JSON values fit a typed signature: the tests of a problem, the inputs of a run.

Errors say which argument and why (``argument `target`: expected int, got '3'``).
"""

from __future__ import annotations

from typing import Any, Protocol

from pyscape_judge.signature import Signature, Type, parse_type


class _Shaped(Protocol):
    """A problem or its spec: what a test's shape depends on."""

    @property
    def mode(self) -> Any: ...

    @property
    def signature(self) -> Signature | None: ...


def check_test_shape(test: Any, spec: _Shaped) -> tuple[str, str] | None:
    """``(field, reason)`` when ``test`` does not fit the problem's mode and signature."""
    if test.time_limit_ms is not None and not 10 <= test.time_limit_ms <= 60_000:
        return "time_limit_ms", "must be between 10 and 60000"
    if spec.mode == "stdio":
        for name in ("input", "expected"):
            if not isinstance(getattr(test, name), str):
                return name, "stdio tests take text (the program's stdin and stdout)"
        return None
    sig = spec.signature
    assert sig is not None
    if sig.kind == "design":
        return _check_design_test(test, sig)
    if not isinstance(test.input, list) or len(test.input) != len(sig.params):
        return (
            "input",
            f"a list of {len(sig.params)} arguments ({', '.join(p.name for p in sig.params)})",
        )
    for i, (value, param) in enumerate(zip(test.input, sig.params, strict=True)):
        bad = conformity_error(value, parse_type(param.type))
        if bad:
            return f"input[{i}]", f"argument `{param.name}`: {bad}"
    result = sig.result_type()
    assert result is not None
    bad = conformity_error(test.expected, result)
    return ("expected", bad) if bad else None


def _check_design_test(test: Any, sig: Signature) -> tuple[str, str] | None:
    ok = (
        isinstance(test.input, list)
        and len(test.input) == 2
        and all(isinstance(x, list) for x in test.input)
        and len(test.input[0]) == len(test.input[1])
    )
    if not ok:
        return "input", "a design test is [[operations...], [[arguments]...]] of equal lengths"
    ops, args = test.input
    methods = {m.name: m for m in sig.methods}
    if not ops or ops[0] != sig.class_:
        return "input[0]", f"the first operation must be the constructor `{sig.class_}`"
    if not isinstance(test.expected, list) or len(test.expected) != len(ops):
        return "expected", f"a list of {len(ops)} results, one per operation"
    for i, (op, arg) in enumerate(zip(ops, args, strict=True)):
        method = methods.get(op)
        if method is None:
            return f"input[0][{i}]", f"unknown method `{op}`"
        if not isinstance(arg, list) or len(arg) != len(method.params):
            return f"input[1][{i}]", f"`{op}` takes {len(method.params)} arguments"
        for j, (value, param) in enumerate(zip(arg, method.params, strict=True)):
            bad = conformity_error(value, parse_type(param.type))
            if bad:
                return f"input[1][{i}][{j}]", bad
        ret = parse_type(method.returns, allow_void=True)
        if i == 0 or ret.kind == "void":
            if test.expected[i] is not None:
                return f"expected[{i}]", f"`{op}` returns nothing: expected null"
        else:
            bad = conformity_error(test.expected[i], ret)
            if bad:
                return f"expected[{i}]", bad
    return None


def conformity_error(value: Any, t: Type) -> str | None:
    """Why the JSON ``value`` is not a valid ``t``, or ``None`` when it is."""
    kind = t.kind
    if kind in ("array", "list"):
        if not isinstance(value, list):
            return f"expected {t}, got {type(value).__name__}"
        assert t.elem is not None
        for item in value:
            bad = conformity_error(item, t.elem)
            if bad:
                return bad
        return None
    if kind in ("int", "long"):
        ok = isinstance(value, int) and not isinstance(value, bool)
        limit = 2**31 if kind == "int" else 2**63
        if ok and not -limit <= value < limit:
            return f"{value} does not fit in {kind}"
    elif kind == "double":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind == "boolean":
        ok = isinstance(value, bool)
    elif kind == "string":
        ok = isinstance(value, str)
    elif kind == "char":  # one byte in C++, one UTF-16 unit in Java: ASCII everywhere
        ok = isinstance(value, str) and len(value) == 1 and value.isascii()
    elif kind == "ListNode":
        ok = isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        )
    elif kind == "TreeNode":
        ok = isinstance(value, list) and all(
            v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in value
        )
    else:
        ok = value is None
    return None if ok else f"expected {t}, got {value!r:.60}"
