"""Python's prelude in the image: only the modules of the names a program holds are imported,
and a program still reaches every name of LeetCode's header, however it asks for it.

Judged in real sandboxes (the image holds ``prelude_names.py``, see harness/python/prelude.py).
"""

from __future__ import annotations

import pytest

from pyscape_judge import Judge, problem_from_data

pytestmark = pytest.mark.docker

ECHO = problem_from_data(
    slug="echo",
    signature={
        "function": "echo",
        "params": [{"name": "x", "type": "int"}],
        "returns": "int",
    },
    tests=[{"input": [3], "expected": 3}, {"input": [5], "expected": 5}],
)
ECHO_STDIO = problem_from_data(
    slug="echo-stdio", mode="stdio", tests=[{"input": "3\n", "expected": "3\n"}]
)


def judge_ok(judge: Judge, code: str, problem=ECHO) -> None:
    verdict = judge.judge(problem, "python", code)
    assert verdict.accepted, (verdict.compile_error, verdict.runtime_error, verdict.results)


def test_a_program_gets_the_modules_of_its_names_only(docker_judge: Judge) -> None:
    code = """
import sys as system
class Solution:
    def echo(self, x: int) -> int:
        # (a module's name in a string would be imported, so none is written whole here)
        modules = ["".join(["stat", "istics"]), "".join(["sorted", "containers"])]
        assert not any(name in system.modules for name in modules)
        assert Counter([x])[x] == 1 and "collections" in system.modules
        return x
"""
    judge_ok(docker_judge, code)


@pytest.mark.parametrize(
    "lookup",
    [
        'globals()["median"]([x])',
        'eval("median")([x])',
        'vars()["median"]([x])',
        'getattr(sys.modules["statistics"], "".join(["med", "ian"]))([x])',
        'Solution.echo.__globals__["".join(["me", "dian"])]([x])',
        'sys._getframe().f_globals["".join(["me", "dian"])]([x])',
    ],
)
def test_a_program_that_asks_by_name_gets_every_name(docker_judge: Judge, lookup: str) -> None:
    """Asked at the module's level, where ``vars()`` is the module's namespace."""
    code = f"""
class Solution:
    def echo(self, x: int) -> int:
        assert ASKED == 3, ASKED
        assert "SortedList" in globals() and "deque" in globals() and "ascii_letters" in globals()
        return x
x = 3
ASKED = {lookup}
"""
    judge_ok(docker_judge, code)


def test_a_name_in_a_string_is_there(docker_judge: Judge) -> None:
    """String annotations, names in strings for eval-free lookups of the module's own."""
    code = """
from __future__ import annotations
class Solution:
    def echo(self, x: int) -> Optional[int]:
        hints = {"q": "deque"}
        return len(deque([x] * x))
"""
    judge_ok(docker_judge, code)


def test_a_stdio_program_gets_its_names_in_every_test(docker_judge: Judge) -> None:
    code = "n = int(stdin.readline())\nprint(sum(Counter([n]).values()) * n // 1)\n"
    verdict = docker_judge.judge(ECHO_STDIO, "python", code)
    assert verdict.accepted, (verdict.compile_error, verdict.runtime_error, verdict.results)
