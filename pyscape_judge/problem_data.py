"""Problems built in code: plain data (a dict or keyword arguments) -> :class:`Problem`.

For tools that judge without a problem folder. The fields are ``problem.toml``'s, spelled as
the TOML spells them, plus the tests and an optional checker function; everything is checked
as a folder is, with the same :class:`ProblemError` messages (a test whose input does not fit
the signature is refused here, before anything runs).

>>> problem = problem_from_data(
...     slug="add",
...     signature={"function": "add", "params": [{"name": "a", "type": "int"},
...                                              {"name": "b", "type": "int"}],
...                "returns": "int"},
...     tests=[{"input": [1, 2], "expected": 3}],
... )
>>> judge.judge(problem, "python", code)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from pyscape_judge.errors import ProblemError
from pyscape_judge.problem import (
    SLUG,
    CheckerName,
    CheckFn,
    Problem,
    TestCase,
    _field_of,
    all_languages,
    check_test_shape,
    spec_from_data,
)

#: The fields :func:`problem_from_data` takes beyond ``problem.toml``'s own.
EXTRA_FIELDS = ("slug", "tests", "statement", "starters")


def problem_from_data(data: Mapping[str, Any] | None = None, /, **fields: Any) -> Problem:
    """A :class:`Problem` from plain data, checked as a problem folder is.

    ``data`` (a dict) and ``fields`` (keyword arguments, which win) hold:

    * ``slug`` (default ``"problem"``), ``title`` (default: the slug), ``difficulty``
      (default ``"easy"``), ``tags``, ``statement`` (Markdown, default empty);
    * ``mode``: ``"function"`` (the default when there is a ``signature``) or ``"stdio"``;
    * ``signature``: as ``problem.toml``'s ``[signature]`` table spells it
      (``{"function": ..., "params": [{"name": ..., "type": ...}], "returns": ...}``, or a
      design ``{"class": ..., "methods": [...]}``);
    * ``tests``: a list of ``{"input": ..., "expected": ..., "hidden": false,
      "time_limit_ms": null}`` (or :class:`TestCase`), at least one;
    * ``limits``: ``{"time_ms": 2000, "memory_mb": 256}``;
    * ``checker``: ``"exact"`` (default), ``"float"`` (with ``tolerance``), ``"any_order"``,
      ``"any_order_nested"``, or a function ``check(input, output, expected) -> bool |
      (bool, message)`` (a custom checker);
    * ``languages``: the languages it supports (default all); ``starters``: starter code by
      language.

    Raises :class:`ProblemError` naming the field (``tests[2].input[1]``) and why. The
    problem's ``version`` is a hash of the data, so equal data gives equal versions.
    """
    raw: dict[str, Any] = {**(data or {}), **fields}
    slug = raw.pop("slug", "problem")
    where = f"problem `{slug}` (built in code)"
    if not isinstance(slug, str) or not SLUG.match(slug):
        raise ProblemError(where, "must be a slug like `two-sum`", "slug")
    tests_data = raw.pop("tests", None)
    statement = raw.pop("statement", "")
    starters = raw.pop("starters", {})
    check = _custom_check(raw, where)
    raw.setdefault("title", slug)
    raw.setdefault("difficulty", "easy")
    raw.setdefault("mode", "function" if raw.get("signature") is not None else "stdio")
    spec = spec_from_data(raw, where)
    tests = _tests(tests_data, spec, where)
    if not isinstance(statement, str):
        raise ProblemError(where, "the statement is Markdown text", "statement")
    if not isinstance(starters, Mapping) or not all(isinstance(v, str) for v in starters.values()):
        raise ProblemError(where, "starter code by language: {language: code}", "starters")
    return Problem(
        slug=slug,
        path=None,
        title=spec.title,
        difficulty=spec.difficulty,
        mode=spec.mode,
        tags=spec.tags,
        checker=spec.checker,
        tolerance=spec.tolerance,
        limits=spec.limits,
        signature=spec.signature,
        statement=statement,
        tests=tests,
        solutions={},
        starters=dict(starters),
        wrong=[],
        custom_check=check,
        version=_version(slug, spec, tests, statement, check),
        languages=spec.languages or all_languages(),
    )


def _custom_check(raw: dict[str, Any], where: str) -> CheckFn | None:
    """A checker function given as ``checker`` makes the problem's checker ``custom``."""
    checker = raw.get("checker")
    if callable(checker):
        raw["checker"] = CheckerName.CUSTOM.value
        return checker
    if checker == CheckerName.CUSTOM.value:
        raise ProblemError(
            where,
            "a custom checker is a function check(input, output, expected): pass it as checker",
            "checker",
        )
    return None


def _tests(tests_data: Any, spec: Any, where: str) -> list[TestCase]:
    if not isinstance(tests_data, list | tuple) or not tests_data:
        raise ProblemError(where, "at least one test: [{input, expected}, ...]", "tests")
    tests = []
    for i, item in enumerate(tests_data):
        try:
            test = item if isinstance(item, TestCase) else msgspec.convert(item, TestCase)
        except msgspec.ValidationError as e:
            reason, field = _field_of(e)
            field = f"tests[{i}]" + (f".{field}" if field else "")
            raise ProblemError(where, reason, field) from None
        bad = check_test_shape(test, spec)
        if bad:
            raise ProblemError(where, bad[1], f"tests[{i}].{bad[0]}")
        tests.append(test)
    return tests


def _version(
    slug: str,
    spec: Any,
    tests: list[TestCase],
    statement: str,
    check: Callable[..., Any] | None,
) -> str:
    """A short sha256 over everything that decides a verdict (the checker by its code)."""
    digest = hashlib.sha256()
    for part in (slug, spec, tests, statement):
        digest.update(msgspec.json.encode(part) + b"\0")
    if check is not None:
        code = getattr(check, "__code__", None)
        text = code.co_code + repr(code.co_consts).encode() if code else repr(check).encode()
        digest.update(text)
    return digest.hexdigest()[:16]
