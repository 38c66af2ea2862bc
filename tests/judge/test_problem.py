"""Problem folders: the shipped set loads; broken folders fail naming the file, field and why."""

from pathlib import Path

import pytest

from pyscape_judge import ProblemError, iter_problems, load_problem
from pyscape_judge.problem import Mode

TWO_SUM = """
    title = "Scratch"
    difficulty = "easy"
    mode = "function"
    [signature]
    function = "f"
    returns = "int"
    params = [{ name = "a", type = "int[]" }]
"""


def test_every_shipped_problem_loads() -> None:
    problems = [load_problem(path) for path in iter_problems()]
    assert len(problems) >= 5
    assert any(p.mode is Mode.STDIO for p in problems)
    for p in problems:
        assert p.tests and p.statement
        assert {"python", "javascript"} <= set(p.solutions), p.slug


def test_a_slug_or_a_folder_both_work() -> None:
    by_slug = load_problem("two-sum")
    assert load_problem(by_slug.path).version == by_slug.version
    assert len(by_slug.tests) == 12


def test_unknown_slug() -> None:
    with pytest.raises(ProblemError, match="no such problem"):
        load_problem("no-such-problem")


@pytest.mark.parametrize(
    ("toml", "field", "reason"),
    [
        (TWO_SUM.replace('"easy"', '"trivial"'), "difficulty", "Invalid enum value 'trivial'"),
        (TWO_SUM + '\n[limits]\ntime_ms = "fast"\n', "limits.time_ms", "Expected `int`"),
        (TWO_SUM.replace('"int[]"', '"int[][][]"'), "signature", "nested deeper"),
        (TWO_SUM.replace("title", "titel"), "titel", "titel"),
        (TWO_SUM.replace('returns = "int"', 'returns = "void"'), "signature", "output"),
    ],
)
def test_broken_problem_toml_names_file_field_and_why(
    make_problem, toml: str, field: str | None, reason: str
) -> None:
    folder: Path = make_problem(toml, ['{"input": [[1]], "expected": 1}'])
    with pytest.raises(ProblemError) as caught:
        load_problem(folder)
    error = caught.value
    assert error.path.endswith("problem.toml")
    assert error.field == field
    assert reason in str(error)


@pytest.mark.parametrize(
    ("line", "field", "reason"),
    [
        ('{"input": [[1]]}', None, "missing required field `expected`"),
        ('{"input": [[1], 2], "expected": 1}', "input", "a list of 1 arguments"),
        ('{"input": [["x"]], "expected": 1}', "input[0]", "expected int"),
        ('{"input": [[1]], "expected": "1"}', "expected", "expected int"),
        ('{"input": [[1]], "expected": 1, "hiden": true}', "hiden", "hiden"),
        ("{not json", None, "not valid JSON"),
    ],
)
def test_broken_test_lines_name_the_line_and_field(
    make_problem, line: str, field: str | None, reason: str
) -> None:
    folder = make_problem(TWO_SUM, ['{"input": [[1]], "expected": 1}', line])
    with pytest.raises(ProblemError) as caught:
        load_problem(folder)
    assert caught.value.path.endswith("tests.jsonl line 2")
    assert caught.value.field == field
    assert reason in str(caught.value)


def test_missing_files_are_named(make_problem) -> None:
    folder = make_problem(TWO_SUM, ['{"input": [[1]], "expected": 1}'])
    (folder / "statement.md").unlink()
    with pytest.raises(ProblemError, match=r"statement\.md: missing"):
        load_problem(folder)


def test_wrong_solutions_declare_their_verdict(make_problem) -> None:
    folder = make_problem(TWO_SUM, ['{"input": [[1]], "expected": 1}'], wrong__bad_py="x = 1\n")
    (folder / "wrong" / "bad_py").rename(folder / "wrong" / "bad.py")
    with pytest.raises(ProblemError, match="verdict"):
        load_problem(folder)


def test_design_tests_are_checked_against_the_methods(make_problem) -> None:
    toml = """
        title = "Counter"
        difficulty = "easy"
        mode = "function"
        [signature]
        class = "Counter"
        [[signature.methods]]
        name = "Counter"
        [[signature.methods]]
        name = "add"
        params = [{ name = "n", type = "int" }]
        returns = "int"
    """
    good = '{"input": [["Counter", "add"], [[], [2]]], "expected": [null, 2]}'
    bad = '{"input": [["Counter", "sub"], [[], [2]]], "expected": [null, 2]}'
    load_problem(make_problem(toml, [good], slug="counter-ok"))
    with pytest.raises(ProblemError, match="unknown method `sub`"):
        load_problem(make_problem(toml, [good, bad], slug="counter-bad"))
