"""Every verdict, in real containers, for each script language; early exit; hidden tests."""

from __future__ import annotations

import time

import pytest

from pyscape_judge import Judge, Limits, Status, load_problem
from pyscape_judge.sandbox.docker import DockerBackend
from tests.conftest import SCRIPT_LANGUAGES

TWO_SUM = load_problem("two-sum")

CODE: dict[str, dict[str, str]] = {
    "python": {
        "accepted": TWO_SUM.solutions["python"][0].read_text(),
        # Right on the first example only: fails test 2, so the results stop there.
        "wrong_answer": "class Solution:\n    def twoSum(self, nums, target):\n"
        "        print('debug', len(nums))\n        return [0, 1]\n",
        "compile_error": "class Solution:\n    def twoSum(self, nums, target)\n        return []\n",
        "runtime_error": "class Solution:\n    def twoSum(self, nums, target):\n"
        "        return [nums[100], 0]\n",
        "timeout": "class Solution:\n    def twoSum(self, nums, target):\n        while True:\n"
        "            pass\n",
        "memory_limit_exceeded": "class Solution:\n    def twoSum(self, nums, target):\n"
        "        hog = []\n        while True:\n            hog.append(bytearray(2**20))\n",
        "output_limit_exceeded": "class Solution:\n    def twoSum(self, nums, target):\n"
        "        while True:\n            print('x' * 4096)\n",
    },
    "javascript": {
        "accepted": TWO_SUM.solutions["javascript"][0].read_text(),
        "wrong_answer": "var twoSum = function(nums, target) {\n"
        "    console.log('debug', nums.length);\n    return [0, 1];\n};\n",
        "compile_error": "var twoSum = function(nums, target) {\n    return [0, 1;\n};\n",
        "runtime_error": "var twoSum = function(nums, target) {\n"
        "    return nums.missing.length;\n};\n",
        "timeout": "var twoSum = function(nums, target) {\n    while (true) {}\n};\n",
        "memory_limit_exceeded": "var twoSum = function(nums, target) {\n"
        "    const hog = [];\n    while (true) hog.push(new Array(1e6).fill(7));\n};\n",
        "output_limit_exceeded": "var twoSum = function(nums, target) {\n"
        "    while (true) console.log('x'.repeat(4096));\n};\n",
    },
}


@pytest.mark.parametrize("language", SCRIPT_LANGUAGES)
@pytest.mark.parametrize("status", [s for s in Status if s is not Status.INTERNAL_ERROR])
def test_every_status(docker_judge: Judge, language: str, status: Status) -> None:
    verdict = docker_judge.judge(TWO_SUM, language, CODE[language][status.value])
    assert verdict.status is status, verdict
    assert verdict.total_test_cases == 12
    if status is Status.ACCEPTED:
        assert verdict.summary.passed == 12 and verdict.success
        assert 0 < verdict.memory_kb < 256 * 1024
        return
    assert not verdict.success
    if status is Status.COMPILE_ERROR:
        assert verdict.results == [] and "line 2" in (verdict.compile_error or "").lower()
        return
    failed = verdict.results[-1]
    assert not failed.passed and failed.status is status
    assert all(r.passed for r in verdict.results[:-1])
    if status is Status.RUNTIME_ERROR:
        assert verdict.runtime_error == failed.error
        assert "line" in (failed.error or "").lower()


@pytest.mark.parametrize("language", SCRIPT_LANGUAGES)
def test_early_exit_stops_at_the_first_failure(docker_judge: Judge, language: str) -> None:
    verdict = docker_judge.judge(TWO_SUM, language, CODE[language]["wrong_answer"])
    assert [r.passed for r in verdict.results] == [True, False]
    assert verdict.summary.total == 2 and verdict.summary.failed == 1
    failed = verdict.results[1]
    assert failed.output == [0, 1] and failed.expected == [1, 2]
    assert failed.stdout is not None and "debug 3" in failed.stdout
    assert verdict.results[0].stdout is not None and "debug 4" in verdict.results[0].stdout


def test_hidden_tests_show_nothing_to_users(user_judge: Judge) -> None:
    # Fails on test 4, the first hidden one.
    code = (
        "class Solution:\n    def twoSum(self, nums, target):\n"
        "        print('peek', nums)\n"
        "        return [0, 1] if len(nums) == 4 and nums[0] == 2 else "
        "[0, 1] if len(nums) == 2 else [1, 2]\n"
    )
    verdict = user_judge.judge(TWO_SUM, "python", code)
    assert verdict.status is Status.WRONG_ANSWER
    hidden = verdict.results[-1]
    assert hidden.test_number == 4 and hidden.hidden
    assert (hidden.input, hidden.output, hidden.expected, hidden.stdout) == (None,) * 4
    assert verdict.results[0].input == [[2, 7, 11, 15], 9]


def test_verdict_serialises_with_seed_002_names(docker_judge: Judge) -> None:
    data = docker_judge.judge(TWO_SUM, "python", CODE["python"]["accepted"]).to_dict()
    for key in (
        "success",
        "results",
        "summary",
        "total_test_cases",
        "runtime_ms",
        "memory_kb",
        "compile_error",
        "runtime_error",
        "status",
    ):
        assert key in data
    assert set(data["summary"]) == {"total", "passed", "failed"}
    assert {"test_number", "passed", "input", "output", "expected", "stdout", "error"} <= set(
        data["results"][0]
    )


def test_a_dead_engine_is_an_internal_error_not_a_hang() -> None:
    judge = Judge(backend=DockerBackend(base_url="unix:///nonexistent/docker.sock"))
    verdict = judge.judge(TWO_SUM, "python", CODE["python"]["accepted"])
    assert verdict.status is Status.INTERNAL_ERROR
    assert "Docker engine is not reachable" in (verdict.message or "")
    assert verdict.total_test_cases == 12


def test_a_missing_image_is_an_internal_error_saying_how_to_build(
    docker_judge: Judge, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pyscape_judge.languages.python import Python

    monkeypatch.setattr(Python, "image", lambda self: "pyscape/python:does-not-exist")
    verdict = docker_judge.judge(TWO_SUM, "python", CODE["python"]["accepted"])
    assert verdict.status is Status.INTERNAL_ERROR
    assert "images build" in (verdict.message or "")


@pytest.mark.parametrize("language", SCRIPT_LANGUAGES)
@pytest.mark.parametrize(
    "slug",
    [
        "reverse-linked-list",
        "maximum-depth-of-binary-tree",
        "move-zeroes",
        "min-stack",
        "valid-parentheses",
        "prefix-sum-queries",
    ],
)
def test_reference_solutions_are_accepted(docker_judge: Judge, language: str, slug: str) -> None:
    problem = load_problem(slug)
    for path in problem.solutions[language]:
        verdict = docker_judge.judge(problem, language, path.read_text())
        assert verdict.status is Status.ACCEPTED, (path, verdict.results[-1:], verdict)


@pytest.mark.parametrize("language", SCRIPT_LANGUAGES)
def test_wrong_solutions_get_their_declared_verdict(docker_judge: Judge, language: str) -> None:
    from pyscape_judge import iter_problems

    for folder in iter_problems():
        problem = load_problem(folder)
        for wrong in problem.wrong:
            if wrong.language == language:
                verdict = docker_judge.judge(problem, language, wrong.path.read_text())
                assert verdict.status is wrong.verdict, (wrong.path, verdict.status)


def test_a_test_may_carry_its_own_time_limit(docker_judge: Judge, make_problem) -> None:
    folder = make_problem(
        """
        title = "Busy"
        difficulty = "easy"
        mode = "function"
        [limits]
        time_ms = 3000
        [signature]
        function = "spin"
        returns = "int"
        params = [{ name = "ms", type = "int" }]
        """,
        [
            '{"input": [300], "expected": 300}',
            '{"input": [300], "expected": 300, "time_limit_ms": 100}',
        ],
    )
    code = (  # a time limit is CPU time: the program spins, as a slow one does
        "import time\nclass Solution:\n    def spin(self, ms):\n"
        "        start = time.process_time()\n"
        "        while time.process_time() - start < ms / 1000: pass\n        return ms\n"
    )
    verdict = docker_judge.judge(load_problem(folder), "python", code)
    assert verdict.status is Status.TIMEOUT
    assert [r.passed for r in verdict.results] == [True, False]


def test_a_program_that_sleeps_meets_the_wall_clock_backstop(
    docker_judge: Judge, make_problem
) -> None:
    """Sleeping uses no CPU: the backstop (3x the limit + 1 s) stops it, as a timeout."""
    folder = make_problem(
        """
        title = "Sleepy"
        difficulty = "easy"
        mode = "function"
        [limits]
        time_ms = 200
        [signature]
        function = "nap"
        returns = "int"
        params = [{ name = "ms", type = "int" }]
        """,
        ['{"input": [10], "expected": 10}', '{"input": [5000], "expected": 5000}'],
    )
    code = (
        "import time\nclass Solution:\n    def nap(self, ms):\n"
        "        time.sleep(ms / 1000)\n        return ms\n"
    )
    started = time.monotonic()
    verdict = docker_judge.judge(load_problem(folder), "python", code)
    assert verdict.status is Status.TIMEOUT
    assert [r.passed for r in verdict.results] == [True, False]
    assert "waited" in (verdict.results[1].error or "")
    assert verdict.results[1].runtime_ms < 200  # what it did use: little CPU
    assert time.monotonic() - started < 5


def test_custom_checker_and_float_checker(docker_judge: Judge, make_problem) -> None:
    toml = """
        title = "Halves"
        difficulty = "easy"
        mode = "function"
        checker = "{checker}"
        tolerance = 1e-6
        [signature]
        function = "half"
        returns = "double"
        params = [{{ name = "n", type = "int" }}]
    """
    tests = ['{"input": [1], "expected": 0.5}', '{"input": [3], "expected": 1.5}']
    code = "class Solution:\n    def half(self, n):\n        return n / 2 + 1e-9\n"
    floats = make_problem(toml.format(checker="float"), tests, slug="halves-float")
    assert docker_judge.judge(load_problem(floats), "python", code).accepted
    exact = make_problem(toml.format(checker="exact"), tests, slug="halves-exact")
    assert docker_judge.judge(load_problem(exact), "python", code).status is Status.WRONG_ANSWER
    custom = make_problem(
        toml.format(checker="custom"),
        tests,
        slug="halves-custom",
        checker_py="def check(input, output, expected):\n"
        "    return abs(output - expected) < 1e-3, 'too far'\n",
    )
    (custom / "checker_py").rename(custom / "checker.py")
    assert docker_judge.judge(load_problem(custom), "python", code).accepted


def test_limits_are_settings(make_problem) -> None:
    assert Limits().with_(time_ms=5).time_ms == 5
    assert Limits().with_(time_ms=None).time_ms == Limits().time_ms
