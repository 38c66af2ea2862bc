"""The problem authors' command line, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pyscape_judge.languages import languages
from tests.conftest import require_docker

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pyscape_judge.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.docker
def test_run_accepted_prints_a_table_and_exits_0() -> None:
    require_docker()
    done = cli("run", "two-sum", "problems/two-sum/solutions/python.py")
    assert done.returncode == 0, done.stderr
    assert "Accepted: 12/12 tests passed" in done.stdout


@pytest.mark.docker
def test_run_json_wrong_answer_exits_1() -> None:
    require_docker()
    done = cli("run", "two-sum", "problems/two-sum/wrong/one_based.js", "--json")
    assert done.returncode == 1, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["status"] == "wrong_answer" and verdict["success"] is False
    assert verdict["total_test_cases"] == 12


@pytest.mark.docker
def test_images_list_shows_every_toolchain() -> None:
    require_docker()
    done = cli("images", "list", "--json")
    assert done.returncode == 0, done.stderr
    infos = {i["language"]: i for i in json.loads(done.stdout)}
    assert set(infos) == set(languages())
    assert infos["python"]["toolchain"].startswith("Python 3.13")
    assert "v20." in infos["javascript"]["toolchain"]
    assert '"21.' in infos["java"]["toolchain"]
    assert "clang version 19" in infos["cpp"]["toolchain"]


def test_bad_arguments_get_clear_errors() -> None:
    done = cli("run", "no-such-problem", "x.py")
    assert done.returncode == 2 and "no such problem" in done.stderr
    done = cli("run", "two-sum", "problems/two-sum/statement.md")
    assert done.returncode == 2 and "--language" in done.stderr


def test_show_prints_statement_and_generated_starter() -> None:
    done = cli("show", "min-stack", "--language", "javascript")
    assert done.returncode == 0, done.stderr
    assert "MinStack.prototype.push = function(val)" in done.stdout


@pytest.mark.docker
def test_run_with_inputs_runs_instead_of_judging() -> None:
    require_docker()
    done = cli(
        "run",
        "two-sum",
        "problems/two-sum/wrong/one_based.js",
        "--input",
        "[[1, 2, 3], 5]",
        "-i",
        "[[3, 4], 7]",
    )
    assert done.returncode == 1, done.stderr
    assert "Two Sum (javascript): run" in done.stdout
    assert "[[1, 2, 3], 5]" in done.stdout and "[2, 3]" in done.stdout  # input, output
    assert "[1, 2]" in done.stdout  # the reference's expected answer
    assert "Wrong Answer: 0/2 as expected" in done.stdout


@pytest.mark.docker
def test_run_json_prints_the_run_result() -> None:
    require_docker()
    solution = "problems/prefix-sum-queries/solutions/python.py"
    done = cli("run", "prefix-sum-queries", solution, "-i", "3 1\n1 2 3\n1 3\n", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "accepted" and result["compile_error"] is None
    assert result["results"] == [
        {
            "input": "3 1\n1 2 3\n1 3\n",
            "output": "6\n",
            "expected": "6\n",
            "passed": True,
            "stdout": None,
            "error": None,
            "status": "accepted",
            "runtime_ms": result["results"][0]["runtime_ms"],
            "memory_kb": result["results"][0]["memory_kb"],
        }
    ]
    examples = cli("run", "two-sum", "problems/two-sum/solutions/python.py", "--examples")
    assert examples.returncode == 0, examples.stderr
    assert "Accepted: 3/3 as expected" in examples.stdout


def test_run_inputs_that_do_not_fit_get_clear_errors() -> None:
    solution = "problems/two-sum/solutions/python.py"
    done = cli("run", "two-sum", solution, "--input", '[[2, 7], "9"]')
    assert done.returncode == 2
    assert "input 1: argument `target`: expected int, got '9'" in done.stderr
    done = cli("run", "two-sum", solution, "--input", "[[2, 7], 9")
    assert done.returncode == 2 and "is not JSON" in done.stderr
