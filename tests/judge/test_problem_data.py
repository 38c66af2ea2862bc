"""Problems built in code, and the judge's door: code that is not judgeable text is refused
before anything runs, with a :class:`CodeError` saying why."""

from __future__ import annotations

import asyncio

import pytest

from pyscape_judge import (
    CodeError,
    Judge,
    LanguageError,
    ProblemError,
    Status,
    TestCase,
    problem_from_data,
)
from pyscape_judge.languages import languages
from pyscape_judge.problem import CheckerName, Mode
from pyscape_judge.submission import check_code

TWO_SUM = {
    "slug": "two-sum-in-code",
    "signature": {
        "function": "twoSum",
        "params": [{"name": "nums", "type": "int[]"}, {"name": "target", "type": "int"}],
        "returns": "int[]",
    },
    "tests": [
        {"input": [[2, 7, 11, 15], 9], "expected": [0, 1]},
        {"input": [[3, 2, 4], 6], "expected": [1, 2], "hidden": True},
    ],
}
PYTHON_TWO_SUM = """
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def test_a_dict_or_keywords_make_the_same_problem() -> None:
    from_dict = problem_from_data(TWO_SUM)
    from_keywords = problem_from_data(**TWO_SUM)
    assert from_dict.mode is Mode.FUNCTION and from_dict.path is None
    assert from_dict.tests[1] == TestCase(input=[[3, 2, 4], 6], expected=[1, 2], hidden=True)
    assert from_dict.version == from_keywords.version
    assert from_dict.title == "two-sum-in-code" and from_dict.limits.time_ms == 2000
    changed = problem_from_data(TWO_SUM, limits={"time_ms": 500})
    assert changed.limits.time_ms == 500 and changed.version != from_dict.version


def test_a_test_that_does_not_fit_the_signature_is_refused() -> None:
    bad = {**TWO_SUM, "tests": [{"input": [[1, 2], "3"], "expected": [0, 1]}]}
    with pytest.raises(ProblemError) as caught:
        problem_from_data(bad)
    assert caught.value.field == "tests[0].input[1]"
    assert "argument `target`: expected int, got '3'" in str(caught.value)
    assert "problem `two-sum-in-code` (built in code)" in str(caught.value)


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"tests": []}, "tests", "at least one test"),
        ({"tests": [{"input": [[1], 1]}]}, "tests[0]", "missing required field `expected`"),
        (
            {"tests": [{"input": [[1], 1], "expected": [0], "extra": 1}]},
            "tests[0].extra",
            "unknown",
        ),
        ({"difficulty": "trivial"}, "difficulty", "Invalid enum value 'trivial'"),
        ({"limits": {"colour": 1}}, "limits.colour", "unknown field"),
        ({"limits": {"time_ms": 5}}, "limits", "time_ms must be between"),
        ({"signature": {"function": "f", "params": [], "returns": "intt"}}, "signature", "intt"),
        ({"mode": "stdio"}, "signature", "stdio problems take no [signature]"),
        ({"slug": "Not A Slug"}, "slug", "must be a slug"),
        ({"languages": ["python", "cobol"]}, "languages[1]", "unknown language `cobol`"),
        ({"checker": "custom"}, "checker", "a custom checker is a function"),
        ({"colour": "red"}, "colour", "unknown field"),
    ],
)
def test_bad_data_is_refused_naming_the_field(change: dict, field: str, reason: str) -> None:
    with pytest.raises(ProblemError) as caught:
        problem_from_data({**TWO_SUM, **change})
    assert caught.value.field == field, str(caught.value)
    assert reason.lower() in str(caught.value).lower()


def test_a_checker_function_is_a_custom_checker() -> None:
    def check(input, output, expected):
        return sorted(output) == sorted(expected)

    problem = problem_from_data(TWO_SUM, checker=check)
    assert problem.checker is CheckerName.CUSTOM and problem.custom_check is check


def test_a_stdio_problem_takes_text() -> None:
    problem = problem_from_data(slug="echo", tests=[{"input": "a\n", "expected": "a\n"}])
    assert problem.mode is Mode.STDIO and problem.signature is None
    with pytest.raises(ProblemError, match="stdio tests take text"):
        problem_from_data(slug="echo", tests=[{"input": ["a"], "expected": "a\n"}])


def test_declared_languages_are_canonical_and_others_are_refused(local_judge: Judge) -> None:
    problem = problem_from_data(TWO_SUM, languages=["py", "C++"])
    assert problem.languages == ["python", "cpp"]
    assert problem_from_data(TWO_SUM).languages == sorted(languages())
    with pytest.raises(LanguageError, match="not offered in javascript"):
        local_judge.judge(problem, "js", "var twoSum = () => [0, 1];")


def test_the_judge_judges_a_problem_built_in_code(local_judge: Judge) -> None:
    problem = problem_from_data(TWO_SUM)
    verdict = local_judge.judge(problem, "py", PYTHON_TWO_SUM)
    assert verdict.status is Status.ACCEPTED and verdict.language == "python"
    assert verdict.summary.total == 2


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (b"print(1)", "code must be a str, got bytes (decode the bytes as UTF-8 first)"),
        (None, "code must be a str, got NoneType"),
        ("x = 1\ny = '\ud800'\n", "lone surrogate U+D800 on line 2"),
        ("#" * (64 * 1024 + 1), "too long: 65537 bytes of UTF-8, the limit is 64 KiB"),
    ],
)
def test_code_that_cannot_be_judged_is_refused_at_the_door(
    local_judge: Judge, code: object, message: str
) -> None:
    with pytest.raises(CodeError) as caught:
        local_judge.judge(problem_from_data(TWO_SUM), "python", code)  # type: ignore[arg-type]
    assert message in str(caught.value)


def test_the_size_limit_is_a_judge_setting_counted_in_utf8(local_judge: Judge) -> None:
    assert check_code("é" * 32 * 1024) and Judge.max_code_kb == 64
    with pytest.raises(CodeError, match="65537 bytes"):
        check_code("é" * 32 * 1024 + "x")
    judge = Judge(backend=local_judge.backend)
    judge.max_code_kb = 1
    with pytest.raises(CodeError, match="the limit is 1 KiB"):
        judge.judge(problem_from_data(TWO_SUM), "python", PYTHON_TWO_SUM + "#" * 1024)


def test_judge_async_refuses_the_same(local_judge: Judge) -> None:
    call = local_judge.judge_async(problem_from_data(TWO_SUM), "python", 42)  # type: ignore[arg-type]
    with pytest.raises(CodeError, match="must be a str"):
        asyncio.run(call)
