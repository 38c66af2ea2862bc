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
@pytest.mark.parametrize("mode", ["function", "stdio"])
def test_a_new_problem_validates_out_of_the_box(mode: str, tmp_path: Path) -> None:
    """Every language's reference solution (its ``example_solutions``) is accepted."""
    require_docker()
    done = subprocess.run(
        [
            *(sys.executable, "-m", "pyscape_judge.cli", "--problems-dir", str(tmp_path)),
            *("new", "sum-of-array", "--mode", mode),
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


# --------------------------------------------------------------- authors' paragraph (#17)


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None):
    import os

    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "pyscape_judge.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=120,
    )


def test_new_writes_into_the_current_folder_or_the_one_named(tmp_path: Path) -> None:
    done = _cli("new", "here", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert load_problem(tmp_path / "here").mode == "function"
    done = _cli("new", "after", "--problems-dir", str(tmp_path / "named"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr and (tmp_path / "named" / "after").is_dir()
    done = _cli("new", "env", cwd=tmp_path, env={"PYSCAPE_PROBLEMS_DIR": str(tmp_path / "e")})
    assert done.returncode == 0, done.stderr and (tmp_path / "e" / "env").is_dir()


def test_new_takes_a_mode_and_a_checker(tmp_path: Path) -> None:
    done = _cli("new", "text-sum", "--mode", "stdio", "--checker", "custom", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    problem = load_problem(tmp_path / "text-sum")
    assert problem.mode == "stdio" and problem.checker == "custom"
    assert problem.custom_check is not None and problem.tests[0].input == "3\n1 2 3\n"
    assert problem.custom_check(None, "6\n", "6\n") is True
    done = _cli("new", "bad", "--mode", "stdio", "--checker", "any_order_nested", cwd=tmp_path)
    assert done.returncode == 2 and "any_order_nested is for function problems" in done.stderr
    assert not (tmp_path / "bad").exists()


def test_a_folder_with_several_errors_reports_them_all(tmp_path: Path) -> None:
    from pyscape_judge import ProblemError

    folder = scaffold("many-errors", tmp_path)
    (folder / "tests.jsonl").write_text(
        '{"input": [[1]], "expected": "one"}\n{"input": [[1]], "expected": 1}\nnot json\n'
    )
    (folder / "statement.md").unlink()
    (folder / "wrong" / "no_verdict.py").write_text("class Solution: pass\n")
    with pytest.raises(ProblemError) as caught:
        load_problem(folder)
    assert len(caught.value.errors) == 4, str(caught.value)
    assert "4 errors" in str(caught.value)
    [report] = validate([folder], judge=Judge(backend=_NoBackend()))
    assert not report.loaded and len(report.errors) == 4
    assert "tests.jsonl line 1" in report.errors[0] and "line 3" in report.errors[1]

    from pyscape_judge.authoring_cli import console, print_reports

    with console.capture() as captured:
        print_reports([report])
    text = captured.get()
    assert "│ many-errors" not in text and text.count("many-errors:") == 4


class _NoBackend:
    """A backend that must not be used: validation fails before anything runs."""

    def __getattr__(self, name: str):
        raise AssertionError(f"the backend was used: {name}")


def test_validate_runs_generate_py_and_compares_its_tests(tmp_path: Path) -> None:
    from pyscape_judge.authoring import generator_error

    folder = scaffold("generated", tmp_path)
    committed = (folder / "tests.jsonl").read_text()
    script = folder / "generate.py"
    script.write_text(
        "from pathlib import Path\n"
        f"Path(__file__).with_name('tests.jsonl').write_text({committed!r})\n"
    )
    assert generator_error(folder) is None
    assert (folder / "tests.jsonl").read_text() == committed  # run on a copy
    script.write_text(script.read_text().replace('"expected":6', '"expected":7', 1))
    assert "line 1 differs" in (generator_error(folder) or "")
    script.write_text("raise SystemExit('seed missing')\n")
    error = generator_error(folder) or ""
    assert "crashed (exit 1)" in error and "seed missing" in error
    script.write_text("print('forgot to write')\n")
    assert "did not write tests.jsonl" in (generator_error(folder) or "")


def test_a_problem_declares_its_languages_and_validate_checks_one(
    local_judge: Judge, tmp_path: Path
) -> None:
    folder = scaffold("python-only", tmp_path)
    toml = folder / "problem.toml"
    toml.write_text(
        toml.read_text().replace('mode = "function"', 'mode = "function"\nlanguages = ["py", "js"]')
    )
    (folder / "solutions" / "java.java").unlink()
    (folder / "solutions" / "cpp.cpp").unlink()
    problem = load_problem(folder)
    assert problem.languages == ["python", "javascript"]
    [report] = validate([folder], judge=local_judge, language="python")
    assert report.ok, report.errors
    assert {c.language for c in report.checks} == {"python"}
    (folder / "solutions" / "javascript.js").unlink()
    [report] = validate([folder], judge=local_judge, language="python")
    assert report.ok  # javascript is not asked for
    [report] = validate([folder], judge=local_judge)
    assert report.errors == ["no reference solution in javascript"]


def test_a_checker_that_raises_names_the_test_and_shows_its_traceback(
    local_judge: Judge, tmp_path: Path
) -> None:
    folder = scaffold("raising-checker", tmp_path, checker="custom")
    (folder / "checker.py").write_text(
        "def check(input, output, expected):\n"
        "    if len(input[0]) == 1:\n"
        "        return helper(output)\n"
        "    return output == expected\n"
        "\n"
        "def helper(output):\n"
        "    raise KeyError('no such thing')\n"
    )
    [report] = validate([folder], judge=local_judge, language="python")
    [reference] = [c for c in report.checks if c.path.endswith("python.py")]
    assert not reference.ok and reference.got is Status.INTERNAL_ERROR
    message = reference.message or ""
    assert message.startswith("checker.py raised on test 3"), message  # [-5]: test 3
    assert "Traceback" in message and "in helper" in message
    assert "KeyError: 'no such thing'" in message
