"""A judge the server's runtime can be handed: verdicts are scripted per code, nothing runs.

The route, SM-2, learning, portfolio and duel suites judge with it, so they need no Docker
engine; tests/server/e2e/ keeps a thin layer on the real one. A verdict has the shape the real
judge gives: the problem's tests in order up to the first failure, hidden tests without their
data, the summary derived from the results.

    judge = ScriptedJudge()
    judge.script(code, Outcome(Status.WRONG_ANSWER, fail_at=2, output=[0, 1]))

Code without a script gets ``internal_error`` ("no verdict scripted"): a test never passes on a
verdict nobody chose.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyscape_judge import (
    JudgeError,
    Problem,
    QueueStatus,
    Status,
    Summary,
    TestResult,
    Verdict,
    internal_error,
)

#: Figures every scripted test reports.
TEST_MS = 1.0
TEST_KB = 9_000


@dataclass(frozen=True)
class Outcome:
    """What judging one code gives."""

    status: Status = Status.ACCEPTED
    #: The number of the first failing test (``None``: every test passes).
    fail_at: int | None = None
    #: What the failing test printed as its answer.
    output: Any = None
    #: What the failing test wrote to stdout.
    stdout: str | None = None
    #: The failing test's error (runtime errors, timeouts).
    error: str | None = None
    #: A compile error: no test runs.
    compile_error: str | None = None
    #: Seconds the judging takes (for tests of concurrency and of slow judging).
    delay: float = 0.0


@dataclass
class Call:
    slug: str
    language: str
    code: str


@dataclass
class ScriptedJudge:
    """Implements the server's ``Judging`` protocol (pyscape_server/judging.py)."""

    scripts: dict[str, Outcome] = field(default_factory=dict)
    #: Every judging asked of it, in order.
    calls: list[Call] = field(default_factory=list)
    #: What :meth:`missing` reports (``GET /ready``); set :attr:`down` to fail like a dead engine.
    unavailable: list[str] = field(default_factory=list)
    #: When set, judging raises this as a :class:`JudgeError` (the engine is down).
    down: str | None = None

    def script(self, code: str, outcome: Outcome) -> None:
        self.scripts[code] = outcome

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def missing(self) -> list[str]:
        return list(self.unavailable)

    async def queue_status(self) -> QueueStatus | None:
        return None

    async def judge_async(
        self,
        problem: Problem,
        language: str,
        code: str,
        *,
        on_result: Callable[[TestResult], None] | None = None,
    ) -> Verdict:
        self.calls.append(Call(problem.slug, language, code))
        outcome = self.scripts.get(code)
        if outcome is not None and outcome.delay:
            await asyncio.sleep(outcome.delay)
        if self.down is not None:
            raise JudgeError(self.down)
        if outcome is None:
            return internal_error("no verdict scripted for this code", len(problem.tests))
        verdict = scripted_verdict(problem, language, outcome)
        for result in verdict.results:
            if on_result is not None:
                on_result(result)
        return verdict


def scripted_verdict(problem: Problem, language: str, outcome: Outcome) -> Verdict:
    """The verdict the real judge gives for ``outcome`` on ``problem``'s tests."""
    total = len(problem.tests)
    results: list[TestResult] = []
    if outcome.compile_error is None:
        last = total if outcome.fail_at is None else outcome.fail_at
        for number, test in enumerate(problem.tests[:last], start=1):
            failed = number == outcome.fail_at
            answer = outcome.output if failed else test.expected
            hidden = test.hidden
            results.append(
                TestResult(
                    test_number=number,
                    passed=not failed,
                    input=None if hidden else test.input,
                    output=None if hidden else answer,
                    expected=None if hidden else test.expected,
                    stdout=None if hidden else (outcome.stdout if failed else None),
                    error=outcome.error if failed else None,
                    status=outcome.status if failed else Status.ACCEPTED,
                    hidden=hidden,
                    runtime_ms=TEST_MS,
                    memory_kb=TEST_KB,
                )
            )
    passed = sum(r.passed for r in results)
    runtime_error = outcome.error if outcome.status is Status.RUNTIME_ERROR else None
    return Verdict(
        status=outcome.status,
        results=results,
        summary=Summary(total=len(results), passed=passed, failed=len(results) - passed),
        total_test_cases=total,
        runtime_ms=round(TEST_MS * len(results)),
        memory_kb=TEST_KB if results else 0,
        compile_error=outcome.compile_error,
        runtime_error=runtime_error,
        language=language,
    )


def reference_solutions(problems_dir: Path) -> dict[str, Outcome]:
    """Every solution in ``problems_dir``'s folders (``solutions/``) is accepted."""
    return {
        path.read_text(): Outcome()
        for path in sorted(problems_dir.glob("*/solutions/*"))
        if path.is_file()
    }
