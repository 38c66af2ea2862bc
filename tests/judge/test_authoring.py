"""The authors' toolkit: a scaffold validates as it is; weak tests and bad references show."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pyscape_judge import Judge, Status, load_problem
from pyscape_judge.authoring import scaffold, validate
from tests.conftest import require_docker

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.docker
def test_a_new_problem_validates_out_of_the_box(tmp_path: Path) -> None:
    require_docker()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyscape_judge.cli",
            "--problems-dir",
            str(tmp_path),
            "new",
            "sum-of-array",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    problem = load_problem(tmp_path / "sum-of-array")
    assert "TODO" in problem.statement and len(problem.tests) >= 12
    done = subprocess.run(
        [sys.executable, "-m", "pyscape_judge.cli", "--problems-dir", str(tmp_path), "validate"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all 1 problems valid" in done.stdout


@pytest.mark.docker
def test_weak_tests_and_broken_references_are_reported(docker_judge: Judge, tmp_path: Path) -> None:
    folder = scaffold("weak-tests", tmp_path)
    # A wrong solution that the tests cannot catch, and a reference that is wrong.
    (folder / "wrong" / "lucky.py").write_text(
        "# verdict: wrong_answer\nclass Solution:\n"
        "    def sumOfArray(self, nums):\n        return sum(nums)\n"
    )
    (folder / "solutions" / "javascript.js").write_text(
        "var sumOfArray = function(nums) { return nums.length; };\n"
    )
    seen = []
    [report] = validate([folder], judge=docker_judge, on_check=seen.append)
    assert not report.ok and len(seen) == len(report.checks)
    by_path = {Path(c.path).name: c for c in report.checks}
    assert by_path["lucky.py"].got is Status.ACCEPTED
    assert "too weak" in (by_path["lucky.py"].message or "")
    assert by_path["javascript.js"].got is Status.WRONG_ANSWER
    assert by_path["skips_first.py"].ok and by_path["python.py"].ok


def test_a_broken_problem_is_a_failed_report(tmp_path: Path) -> None:
    folder = scaffold("broken", tmp_path)
    (folder / "tests.jsonl").write_text('{"input": [[1]], "expected": "one"}\n')
    judge = Judge()
    [report] = validate([folder], judge=judge)
    judge.close()
    assert not report.ok and "tests.jsonl line 1" in (report.error or "")


def test_scaffold_refuses_bad_slugs_and_existing_folders(tmp_path: Path) -> None:
    from pyscape_judge import ProblemError

    with pytest.raises(ProblemError, match="slug"):
        scaffold("Not A Slug", tmp_path)
    scaffold("taken", tmp_path)
    with pytest.raises(ProblemError, match="already exists"):
        scaffold("taken", tmp_path)
