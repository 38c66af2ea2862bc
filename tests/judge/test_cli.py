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
