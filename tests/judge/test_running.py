"""``Judge.run`` (the user's own inputs, every one of them, expected from the reference) and
``Judge.execute`` (a playground), in real sandboxes; the input checks before anything runs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from pyscape_judge import InputError, Judge, Status, load_problem, problem_from_data
from pyscape_judge.running import exit_code, reference_of
from pyscape_judge.verdict import TestResult
from tests.conftest import require_docker

TWO_SUM = load_problem("two-sum")
PYTHON_TWO_SUM = TWO_SUM.solutions["python"][0].read_text()
#: Prints, raises on target 5, loops forever on target 7, answers [0, 1] otherwise.
PYTHON_MIXED = """
class Solution:
    def twoSum(self, nums, target):
        print("seen", target)
        if target == 5:
            return 1 // 0
        if target == 7:
            while True:
                pass
        return [0, 1]
"""
#: A signal that ends the C++ harness on target 5, an exception it catches on target 6.
CPP_MIXED = """
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        if (target == 5) { volatile int* p = nullptr; return {*p, 0}; }
        if (target == 6) return {nums.at(100), 0};
        return {0, 1};
    }
};
"""
ADD = {
    "slug": "add-in-code",
    "signature": {
        "function": "add",
        "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}],
        "returns": "int",
    },
    "tests": [{"input": [1, 2], "expected": 3}],
}
PYTHON_ADD = "class Solution:\n    def add(self, a, b):\n        return a + b\n"


@pytest.fixture(scope="module")
def judge() -> Iterator[Judge]:
    """A judge of its own: its cache of expected answers starts empty."""
    require_docker()
    with Judge() as judge:
        yield judge


# ---------------------------------------------------------------------- input checks


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ([[[2, 7], "9"]], "input 1: argument `target`: expected int, got '9'"),
        ([[[2, 7], 9], [[2, "x"], 9]], "input 2: argument `nums`: expected int, got 'x'"),
        ([[[2, 7]]], "input 1: a list of 2 arguments (nums, target)"),
        ([[[2, 7], 2**40]], "input 1: argument `target`: 1099511627776 does not fit in int"),
        ([], "a run takes 1 to 20 inputs, got 0"),
        ([[[1, 2], 3]] * 21, "a run takes 1 to 20 inputs, got 21"),
        ("[[1, 2], 3]", "inputs are a list of inputs, got str"),
    ],
)
def test_inputs_are_checked_before_anything_runs(
    local_judge: Judge, inputs: object, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        local_judge.run(TWO_SUM, "python", PYTHON_TWO_SUM, inputs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_design_and_stdio_inputs_are_checked(local_judge: Judge) -> None:
    min_stack = load_problem("min-stack")
    code = min_stack.solutions["python"][0].read_text()
    with pytest.raises(InputError, match=r"input 1: unknown method `peek`"):
        local_judge.run(min_stack, "python", code, [[["MinStack", "peek"], [[], []]]])
    with pytest.raises(InputError, match=r"`push` argument `val`: expected int, got 'a'"):
        local_judge.run(min_stack, "python", code, [[["MinStack", "push"], [[], ["a"]]]])
    stdio = load_problem("prefix-sum-queries")
    with pytest.raises(InputError, match="input 1: a stdio input is the program's stdin text"):
        local_judge.run(stdio, "python", "print(1)", [[1, 2]])


def test_a_problem_without_examples_needs_inputs(local_judge: Judge) -> None:
    hidden = problem_from_data(ADD, tests=[{"input": [1, 2], "expected": 3, "hidden": True}])
    with pytest.raises(InputError, match="shows no examples: give inputs to run"):
        local_judge.run(hidden, "python", PYTHON_ADD)


def test_the_reference_is_python_first_and_code_before_files() -> None:
    language, code = reference_of(TWO_SUM) or (None, "")
    assert language is not None and language.name == "python" and code == PYTHON_TWO_SUM
    built = problem_from_data(ADD, solutions={"js": "var add = (a, b) => a + b;"})
    found = reference_of(built)
    assert found is not None and found[0].name == "javascript"
    assert reference_of(problem_from_data(ADD)) is None
    assert built.version != problem_from_data(ADD).version


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [
        (Status.ACCEPTED, None, 0),
        (Status.RUNTIME_ERROR, "SystemExit: exit code 3", 3),
        (Status.RUNTIME_ERROR, "exit: the program exited with code 4", 4),
        (Status.RUNTIME_ERROR, "NonZeroExitCode: exit code 2", 2),
        (Status.RUNTIME_ERROR, "System.exit: exit status 5\n  Line 2", 5),
        (Status.RUNTIME_ERROR, "SIGSEGV: segmentation fault", 139),
        (Status.RUNTIME_ERROR, "ZeroDivisionError: division by zero\n  Line 2", 1),
        (Status.TIMEOUT, "Time Limit Exceeded", None),
        (Status.MEMORY_LIMIT_EXCEEDED, "Memory Limit Exceeded", None),
    ],
)
def test_exit_codes_as_a_shell_tells_them(status: Status, error: str | None, code: int) -> None:
    result = TestResult(test_number=1, passed=status is Status.ACCEPTED, status=status, error=error)
    assert exit_code(result) == code


# ------------------------------------------------------------------------------- run


@pytest.mark.docker
def test_the_default_inputs_are_the_visible_examples(judge: Judge) -> None:
    result = judge.run("two-sum", "python", PYTHON_TWO_SUM)
    examples = [t for t in TWO_SUM.tests if not t.hidden]
    assert result.status is Status.ACCEPTED
    assert [c.input for c in result.results] == [t.input for t in examples]
    assert [c.expected for c in result.results] == [t.expected for t in examples]
    assert all(c.passed and c.output == c.expected for c in result.results)
    assert result.to_dict()["results"][0]["status"] == "accepted"


@pytest.mark.docker
def test_own_inputs_get_the_references_answers_cached_by_version_and_input(judge: Judge) -> None:
    wrong = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
    inputs = [[[1, 2, 3], 5], [[4, 4, 8], 8]]
    misses = judge.expected_cache.misses
    first = judge.run("two-sum", "python", wrong, inputs)
    assert judge.expected_cache.misses == misses + 2  # the reference ran on both
    assert [c.expected for c in first.results] == [[1, 2], [0, 1]]
    assert [(c.output, c.passed, c.status) for c in first.results] == [
        ([0, 1], False, Status.WRONG_ANSWER),
        ([0, 1], True, Status.ACCEPTED),
    ]
    assert first.status is Status.WRONG_ANSWER
    hits = judge.expected_cache.hits
    again = asyncio.run(judge.run_async("two-sum", "python", wrong, [inputs[1], [[9, 1], 10]]))
    assert judge.expected_cache.hits == hits + 1  # one known input, one new
    assert [c.expected for c in again.results] == [[0, 1], [0, 1]]


@pytest.mark.docker
def test_every_input_runs_no_early_exit(judge: Judge) -> None:
    inputs = [[[1, 2, 3], 5], [[3, 4], 7], [[5, 5], 10], [[1, 2], 3]]
    result = judge.run("two-sum", "python", PYTHON_MIXED, inputs)
    statuses = [c.status for c in result.results]
    assert statuses == [Status.RUNTIME_ERROR, Status.TIMEOUT, Status.ACCEPTED, Status.ACCEPTED]
    crashed, looped, fine, _ = result.results
    assert crashed.error and crashed.error.startswith("ZeroDivisionError: integer division")
    assert crashed.stdout == "seen 5\n" and crashed.passed is False
    assert looped.error and looped.error.startswith("Time Limit Exceeded")
    assert fine.stdout == "seen 10\n" and fine.output == [0, 1] and fine.passed
    assert result.status is Status.TIMEOUT
    assert result.runtime_error == crashed.error


@pytest.mark.docker
def test_a_compiled_language_runs_on_after_a_signal_ends_its_sandbox(judge: Judge) -> None:
    inputs = [[[1, 2, 3], 5], [[5, 5], 10], [[3, 3], 6], [[1, 2], 3]]
    result = judge.run("two-sum", "cpp", CPP_MIXED, inputs)
    crashed, fine, caught, last = result.results
    assert crashed.status is Status.RUNTIME_ERROR and crashed.error.startswith("SIGSEGV")
    assert fine.passed and last.passed
    assert caught.status is Status.RUNTIME_ERROR and "out_of_range" in (caught.error or "")
    broken = judge.run("two-sum", "cpp", "int broken(", inputs)
    assert broken.status is Status.COMPILE_ERROR and broken.results == []
    assert broken.compile_error


@pytest.mark.docker
def test_code_that_fails_to_load_fails_every_input(judge: Judge) -> None:
    code = "raise ValueError('at import')\n" + PYTHON_TWO_SUM
    result = judge.run("two-sum", "python", code, [[[1, 2], 3], [[2, 2], 4]])
    assert [c.status for c in result.results] == [Status.RUNTIME_ERROR] * 2
    assert all("ValueError: at import" in (c.error or "") for c in result.results)


@pytest.mark.docker
def test_stdio_problems_run_on_stdin_texts(judge: Judge) -> None:
    problem = load_problem("prefix-sum-queries")
    code = problem.solutions["javascript"][0].read_text()
    examples = judge.run(problem, "javascript", code)
    assert examples.status is Status.ACCEPTED and len(examples.results) >= 1
    own = judge.run(problem, "javascript", code, ["3 1\n1 2 3\n1 3\n"])
    (case,) = own.results
    assert (case.output, case.expected, case.passed) == ("6\n", "6\n", True)


@pytest.mark.docker
def test_problems_built_in_code_take_their_own_reference_or_none(judge: Judge) -> None:
    with_reference = problem_from_data(ADD, solutions={"python": PYTHON_ADD})
    result = judge.run(with_reference, "python", PYTHON_ADD, [[40, 2]])
    assert (result.results[0].expected, result.results[0].passed) == (42, True)
    without = judge.run(problem_from_data(ADD), "python", PYTHON_ADD, [[40, 2], [1, 2]])
    assert [(c.output, c.expected, c.passed) for c in without.results] == [
        (42, None, None),
        (3, 3, True),  # one of its tests: the test's answer
    ]
    assert without.status is Status.ACCEPTED


# --------------------------------------------------------------------------- execute


@pytest.mark.docker
def test_execute_a_python_program(judge: Judge) -> None:
    code = "import sys\nprint(sys.stdin.read().upper(), end='')\nprint('note', file=sys.stderr)\n"
    ran = judge.execute("python", code, "hello\n")
    assert (ran.status, ran.stdout, ran.stderr, ran.exit_code) == (
        Status.ACCEPTED,
        "HELLO\n",
        "note\n",
        0,
    )
    assert ran.time_ms >= 0 and ran.memory_kb > 0
    exited = judge.execute("python", "import sys\nsys.exit(3)\n")
    assert (exited.status, exited.exit_code) == (Status.RUNTIME_ERROR, 3)
    slow = judge.execute("python", "while True:\n    pass\n")
    assert (slow.status, slow.exit_code) == (Status.TIMEOUT, None)


@pytest.mark.docker
def test_execute_javascript_and_cpp(judge: Judge) -> None:
    js = judge.execute("js", "const s = require('fs').readFileSync(0, 'utf8');\nnull.x;\n", "x")
    assert (js.status, js.exit_code) == (Status.RUNTIME_ERROR, 1)
    assert js.error and js.error.startswith("TypeError")
    add = (
        "#include <cstdio>\n"
        'int main() { int a, b; scanf("%d %d", &a, &b); printf("%d\\n", a + b); }'
    )
    cpp = judge.execute("c++", add, "2 40")
    assert (cpp.status, cpp.stdout, cpp.exit_code, cpp.language) == (
        Status.ACCEPTED,
        "42\n",
        0,
        "cpp",
    )
    broken = judge.execute("cpp", "int main( {")
    assert broken.status is Status.COMPILE_ERROR and broken.compile_error


def test_execute_checks_stdin_and_code_first(local_judge: Judge) -> None:
    from pyscape_judge import CodeError

    with pytest.raises(InputError, match="stdin is text, got bytes"):
        local_judge.execute("python", "print(1)", b"x")  # type: ignore[arg-type]
    with pytest.raises(CodeError):
        local_judge.execute("python", "x" * (local_judge.max_code_kb * 1024 + 1))
