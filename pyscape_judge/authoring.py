"""The problem authors' toolkit: validate problems, scaffold a new one.

:func:`validate` loads each problem (format: every error of a folder at once), runs its
``generate.py`` (it must not crash, and must write the committed ``tests.jsonl``), judges every
reference solution in every language the problem supports against every test (all must
pass), judges each ``wrong/`` solution (it must get the verdict it declares: an accepted one
means the tests are too weak), and warns when a reference solution uses more than half of a
test's time limit. A custom checker that raises is reported with the test and its traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import msgspec

from pyscape_judge.errors import ProblemError
from pyscape_judge.judge import Judge
from pyscape_judge.languages import get_language
from pyscape_judge.problem import Problem, iter_problems, load_problem
from pyscape_judge.scaffold import scaffold
from pyscape_judge.verdict import Status, Verdict

__all__ = ["Check", "ProblemReport", "generator_error", "scaffold", "validate"]

#: A reference solution slower than this share of a test's limit gets a warning.
SLOW_SHARE = 0.5


class Check(msgspec.Struct, kw_only=True):
    """One judged file of a problem: a reference or a wrong solution."""

    problem: str
    language: str
    path: str
    wanted: Status
    got: Status | None = None
    #: The slowest test's time, in ms.
    slowest_ms: float = 0.0
    #: The largest peak memory of a test, in KB.
    memory_kb: int = 0
    message: str | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.got is self.wanted


class ProblemReport(msgspec.Struct, kw_only=True):
    slug: str
    #: Every error of the folder (format, generator, missing references).
    errors: list[str] = []
    checks: list[Check] = []
    #: Whether the folder loaded (a results table has no row for one that did not).
    loaded: bool = True
    #: The problem's limits, for the results table.
    time_ms: int = 0
    memory_mb: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and all(c.ok for c in self.checks)

    @property
    def error(self) -> str | None:
        """The errors as one text (``None`` when there are none)."""
        return "\n".join(self.errors) if self.errors else None


def planned_checks(problem: Problem, language: str | None = None) -> list[Check]:
    """Every file of ``problem`` to judge (in ``language`` only, if given; never in a language
    the problem does not support), with the verdict it must get."""
    wanted = [language] if language else problem.languages
    checks = [
        Check(problem=problem.slug, language=lang, path=str(path), wanted=Status.ACCEPTED)
        for lang, paths in problem.solutions.items()
        if lang in wanted
        for path in paths
    ]
    checks += [
        Check(problem=problem.slug, language=w.language, path=str(w.path), wanted=w.verdict)
        for w in problem.wrong
        if w.language in wanted
    ]
    return checks


class _CheckerFailure(msgspec.Struct):
    test: int
    traceback: str


def run_check(judge: Judge, problem: Problem, check: Check) -> Check:
    """Judge one file and fill in what it got."""
    failures: list[_CheckerFailure] = []
    judged = _with_traced_checker(problem, failures)
    verdict = judge.judge(judged, check.language, Path(check.path).read_text("utf-8"))
    check.got = verdict.status
    check.slowest_ms = max((r.runtime_ms for r in verdict.results), default=0.0)
    check.memory_kb = max((r.memory_kb for r in verdict.results), default=0)
    if failures:
        failure = failures[0]
        check.message = (
            f"checker.py raised on test {failure.test} (a bug of the checker, not of the "
            f"solution):\n{failure.traceback.rstrip()}"
        )
    elif not check.ok:
        check.message = _explain(verdict, check)
    elif check.wanted is Status.ACCEPTED:
        check.warning = _slow_warning(problem, verdict)
    return check


def _with_traced_checker(problem: Problem, failures: list[_CheckerFailure]) -> Problem:
    """``problem`` whose custom checker, when it raises, notes the test and its traceback in
    ``failures`` (then raises on: the judge makes it an internal error)."""
    check = problem.custom_check
    if check is None:
        return problem

    def traced(test_input: Any, output: Any, expected: Any) -> Any:
        try:
            return check(test_input, output, expected)
        except Exception:
            number = next((i for i, t in enumerate(problem.tests, 1) if t.input is test_input), 0)
            failures.append(_CheckerFailure(number, traceback.format_exc(limit=-8)))
            raise

    return msgspec.structs.replace(problem, custom_check=traced)


def _explain(verdict: Verdict, check: Check) -> str:
    if check.wanted is not Status.ACCEPTED and verdict.status is Status.ACCEPTED:
        return "a wrong solution was accepted: the tests are too weak"
    failed = next((r for r in verdict.results if not r.passed), None)
    detail = (
        verdict.compile_error
        or verdict.message
        or (failed and (failed.error or f"output {json.dumps(failed.output)[:200]}"))
        or ""
    )
    where = f" on test {failed.test_number}" if failed else ""
    return f"wanted {check.wanted.value}, got {verdict.status.value}{where}: {detail}"[:600]


def _slow_warning(problem: Problem, verdict: Verdict) -> str | None:
    for result in verdict.results:
        limit = problem.tests[result.test_number - 1].time_limit_ms or problem.limits.time_ms
        if result.runtime_ms > SLOW_SHARE * limit:
            return (
                f"test {result.test_number} took {result.runtime_ms:.0f} ms, more than half "
                f"of its {limit} ms limit"
            )
    return None


def validate(
    sources: Iterable[str | Path] | None = None,
    *,
    judge: Judge,
    problems_dir: Path | None = None,
    language: str | None = None,
    on_check: Callable[[Check], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> list[ProblemReport]:
    """Validate the problems named by ``sources`` (slugs or folders; default: all), in
    ``language`` only if given.

    ``on_plan`` gets the number of checks before they run, ``on_check`` each one as it ends
    (for a progress bar).
    """
    lang = get_language(language).name if language else None
    folders = list(sources) if sources else list(iter_problems(problems_dir))
    reports: list[ProblemReport] = []
    work: list[tuple[Problem, Check]] = []
    for source in folders:
        report, problem = _load_report(source, problems_dir, lang)
        reports.append(report)
        if problem is not None:
            work += [(problem, check) for check in report.checks]
    if on_plan is not None:
        on_plan(len(work))

    def run(item: tuple[Problem, Check]) -> None:
        run_check(judge, *item)
        if on_check is not None:
            on_check(item[1])

    with ThreadPoolExecutor(judge.concurrency) as pool:
        list(pool.map(run, work))
    return reports


def _load_report(
    source: str | Path, problems_dir: Path | None, language: str | None
) -> tuple[ProblemReport, Problem | None]:
    """A problem's report with its planned checks, or with every error of its folder."""
    try:
        problem = load_problem(source, problems_dir)
    except ProblemError as e:
        errors = [str(error) for error in e.errors]
        return ProblemReport(slug=Path(source).name, errors=errors, loaded=False), None
    report = ProblemReport(
        slug=problem.slug,
        checks=planned_checks(problem, language),
        time_ms=problem.limits.time_ms,
        memory_mb=problem.limits.memory_mb,
    )
    wanted = [language] if language else problem.languages
    if language and language not in problem.languages:
        report.errors.append(f"{problem.slug} does not support {language}")
    missing = [
        name for name in wanted if name in problem.languages and name not in problem.solutions
    ]
    if missing:
        report.errors.append(f"no reference solution in {', '.join(missing)}")
    generator = generator_error(problem.path) if problem.path is not None else None
    if generator:
        report.errors.append(generator)
    return report, problem


#: How long a problem's generate.py may run.
GENERATE_TIMEOUT_S = 300


def generator_error(folder: Path) -> str | None:
    """Why ``folder``'s ``generate.py`` is wrong (it crashes, or writes other tests than the
    committed ``tests.jsonl``), or ``None``: run on a copy of the folder, which stays as it is."""
    script = folder / "generate.py"
    if not script.is_file():
        return None
    with tempfile.TemporaryDirectory(prefix="pyscape-generate-") as scratch:
        copy = Path(scratch) / folder.name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("__pycache__", "tests.jsonl"))
        try:
            done = subprocess.run(
                [sys.executable, "generate.py"],
                cwd=copy,
                capture_output=True,
                text=True,
                timeout=GENERATE_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return f"{script}: still running after {GENERATE_TIMEOUT_S} s"
        if done.returncode != 0:
            tail = "\n".join(done.stderr.strip().splitlines()[-15:])
            return f"{script} crashed (exit {done.returncode}):\n{tail}"
        written = copy / "tests.jsonl"
        if not written.is_file():
            return f"{script} did not write tests.jsonl next to itself"
        return _tests_difference(folder / "tests.jsonl", written, script)


def _tests_difference(committed: Path, generated: Path, script: Path) -> str | None:
    """Where the generated tests differ from the committed ones (as JSON, line by line)."""
    ours = _json_lines(committed)
    theirs = _json_lines(generated)
    for number, (a, b) in enumerate(zip(ours, theirs, strict=False), 1):
        if a != b:
            return (
                f"{script} writes other tests than {committed.name}: line {number} differs "
                f"(run `python3 {script}` and commit its tests.jsonl)"
            )
    if len(ours) != len(theirs):
        return (
            f"{script} writes {len(theirs)} tests, {committed.name} has {len(ours)} "
            f"(run `python3 {script}` and commit its tests.jsonl)"
        )
    return None


def _json_lines(path: Path) -> list[Any]:
    if not path.is_file():
        return []
    lines = path.read_bytes().splitlines()
    try:
        return [json.loads(line) for line in lines if line.strip()]
    except ValueError:
        return [line for line in lines if line.strip()]
