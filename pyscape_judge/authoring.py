"""The problem authors' toolkit: validate problems, scaffold a new one.

:func:`validate` loads each problem (format), judges every reference solution in every
language against every test (all must pass), judges each ``wrong/`` solution (it must get the
verdict it declares: an accepted one means the tests are too weak), and warns when a reference
solution uses more than half of a test's time limit.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import msgspec

from pyscape_judge.errors import ProblemError
from pyscape_judge.judge import Judge
from pyscape_judge.languages import languages
from pyscape_judge.problem import Problem, iter_problems, load_problem
from pyscape_judge.verdict import Status, Verdict

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
    message: str | None = None
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.got is self.wanted


class ProblemReport(msgspec.Struct, kw_only=True):
    slug: str
    error: str | None = None
    checks: list[Check] = []

    @property
    def ok(self) -> bool:
        return self.error is None and all(c.ok for c in self.checks)


def planned_checks(problem: Problem) -> list[Check]:
    """Every file of ``problem`` to judge, with the verdict it must get."""
    checks = [
        Check(problem=problem.slug, language=lang, path=str(path), wanted=Status.ACCEPTED)
        for lang, paths in problem.solutions.items()
        for path in paths
    ]
    checks += [
        Check(problem=problem.slug, language=w.language, path=str(w.path), wanted=w.verdict)
        for w in problem.wrong
    ]
    return checks


def run_check(judge: Judge, problem: Problem, check: Check) -> Check:
    """Judge one file and fill in what it got."""
    verdict = judge.judge(problem, check.language, Path(check.path).read_text("utf-8"))
    check.got = verdict.status
    check.slowest_ms = max((r.runtime_ms for r in verdict.results), default=0.0)
    if not check.ok:
        check.message = _explain(verdict, check)
    elif check.wanted is Status.ACCEPTED:
        check.warning = _slow_warning(problem, verdict)
    return check


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
    on_check: Callable[[Check], None] | None = None,
    on_plan: Callable[[int], None] | None = None,
) -> list[ProblemReport]:
    """Validate the problems named by ``sources`` (slugs or folders; default: all).

    ``on_plan`` gets the number of checks before they run, ``on_check`` each one as it ends
    (for a progress bar).
    """
    folders = list(sources) if sources else list(iter_problems(problems_dir))
    reports: list[ProblemReport] = []
    work: list[tuple[Problem, Check]] = []
    for source in folders:
        try:
            problem = load_problem(source, problems_dir)
        except ProblemError as e:
            reports.append(ProblemReport(slug=Path(source).name, error=str(e)))
            continue
        report = ProblemReport(slug=problem.slug, checks=planned_checks(problem))
        missing = sorted(set(languages()) - set(problem.solutions))
        if missing:
            report.error = f"no reference solution in {', '.join(missing)}"
        reports.append(report)
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


# ------------------------------------------------------------------------------ scaffold

SCAFFOLD_TOML = """\
title = "{title}"
difficulty = "easy"
tags = ["array"]
mode = "function"
checker = "exact"

[limits]
time_ms = 2000
memory_mb = 256

[signature]
function = "sumOfArray"
returns = "long"
params = [{{ name = "nums", type = "int[]" }}]
"""

SCAFFOLD_STATEMENT = """\
# {title}

TODO: the statement, in your own words.

Given an integer array `nums`, return the sum of its elements.

## Example

```
Input: nums = [1, 2, 3]
Output: 6
```

## Constraints

- `0 <= nums.length <= 10^5`
- `-10^9 <= nums[i] <= 10^9`
"""

SCAFFOLD_SOLUTIONS = {
    "python.py": """\
        class Solution:
            def sumOfArray(self, nums: List[int]) -> int:
                return sum(nums)
        """,
    "javascript.js": """\
        var sumOfArray = function(nums) {
            return nums.reduce((a, b) => a + b, 0);
        };
        """,
    "java.java": """\
        class Solution {
            public long sumOfArray(int[] nums) {
                long total = 0;
                for (int x : nums) total += x;
                return total;
            }
        }
        """,
    "cpp.cpp": """\
        class Solution {
        public:
            long long sumOfArray(vector<int>& nums) {
                return accumulate(nums.begin(), nums.end(), 0LL);
            }
        };
        """,
}

SCAFFOLD_WRONG = """\
    # verdict: wrong_answer
    class Solution:
        def sumOfArray(self, nums: List[int]) -> int:
            return sum(nums[1:])
    """


def scaffold(slug: str, problems_dir: Path) -> Path:
    """Write a new problem folder that validates as it is (with a TODO statement)."""
    from pyscape_judge.problem import SLUG

    if not SLUG.match(slug):
        raise ProblemError(slug, "a slug is lowercase words joined by dashes, like `two-sum`")
    folder = problems_dir / slug
    if folder.exists():
        raise ProblemError(folder, "already exists")
    title = slug.replace("-", " ").title()
    (folder / "solutions").mkdir(parents=True)
    (folder / "wrong").mkdir()
    (folder / "problem.toml").write_text(SCAFFOLD_TOML.format(title=title))
    (folder / "statement.md").write_text(SCAFFOLD_STATEMENT.format(title=title))
    samples = [
        [1, 2, 3],
        [],
        [-5],
        [10**9] * 3,
        [-(10**9), 10**9, 7],
        list(range(-50, 60)),
        [0, 0, 0, 1],
        [2**31 - 1, 2**31 - 1],
        [-1] * 100,
        [4, -4, 8, -8, 15],
        list(range(10**4)),
        [7] * 10**5,
    ]
    lines = [
        json.dumps(
            {"input": [nums], "expected": sum(nums), "hidden": i >= 1}, separators=(",", ":")
        )
        for i, nums in enumerate(samples)
    ]
    (folder / "tests.jsonl").write_text("\n".join(lines) + "\n")
    for name, code in SCAFFOLD_SOLUTIONS.items():
        (folder / "solutions" / name).write_text(textwrap.dedent(code))
    (folder / "wrong" / "skips_first.py").write_text(textwrap.dedent(SCAFFOLD_WRONG))
    return folder
