"""Verdicts: the statuses, their precedence, and the result Structs (seed 002's field names)."""

from __future__ import annotations

import enum
from typing import Any

import msgspec


class Status(enum.StrEnum):
    """The outcome of a whole submission, or of one test."""

    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    COMPILE_ERROR = "compile_error"
    RUNTIME_ERROR = "runtime_error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT_EXCEEDED = "memory_limit_exceeded"
    OUTPUT_LIMIT_EXCEEDED = "output_limit_exceeded"
    INTERNAL_ERROR = "internal_error"

    @property
    def label(self) -> str:
        """A human label, as judges print it ("Wrong Answer")."""
        return LABELS[self]


LABELS = {
    Status.ACCEPTED: "Accepted",
    Status.WRONG_ANSWER: "Wrong Answer",
    Status.COMPILE_ERROR: "Compile Error",
    Status.RUNTIME_ERROR: "Runtime Error",
    Status.TIMEOUT: "Time Limit Exceeded",
    Status.MEMORY_LIMIT_EXCEEDED: "Memory Limit Exceeded",
    Status.OUTPUT_LIMIT_EXCEEDED: "Output Limit Exceeded",
    Status.INTERNAL_ERROR: "Internal Error",
}

#: When several causes are seen for the same test (e.g. the harness reported a runtime error
#: while the container was being OOM-killed), the first one in this order wins.
PRECEDENCE = (
    Status.INTERNAL_ERROR,
    Status.COMPILE_ERROR,
    Status.MEMORY_LIMIT_EXCEEDED,
    Status.OUTPUT_LIMIT_EXCEEDED,
    Status.TIMEOUT,
    Status.RUNTIME_ERROR,
    Status.WRONG_ANSWER,
    Status.ACCEPTED,
)


def strongest(*statuses: Status | None) -> Status:
    """The status among ``statuses`` that :data:`PRECEDENCE` puts first."""
    present = {s for s in statuses if s is not None}
    return next(s for s in PRECEDENCE if s in present)


class TestResult(msgspec.Struct, kw_only=True):
    """One test's result, with seed 002's field names.

    Hidden tests carry ``None`` for ``input``, ``output``, ``expected`` and ``stdout``.
    """

    __test__ = False  # not a pytest test class

    test_number: int
    passed: bool
    input: Any = None
    output: Any = None
    expected: Any = None
    stdout: str | None = None
    error: str | None = None
    status: Status = Status.ACCEPTED
    hidden: bool = False
    runtime_ms: float = 0.0
    memory_kb: int = 0


class Summary(msgspec.Struct, kw_only=True):
    """Tests executed (``total``), passed and failed; seed 002's ``summary``."""

    total: int
    passed: int
    failed: int


class Verdict(msgspec.Struct, kw_only=True):
    """The judgement of one submission; ``msgspec.json.encode`` gives seed 002's names."""

    status: Status
    results: list[TestResult]
    summary: Summary
    total_test_cases: int
    runtime_ms: int
    memory_kb: int
    compile_error: str | None = None
    runtime_error: str | None = None
    #: For ``internal_error``: what went wrong on the judge's side and what to do.
    message: str | None = None
    language: str | None = None

    @property
    def accepted(self) -> bool:
        return self.status is Status.ACCEPTED

    @property
    def success(self) -> bool:
        """Seed 002's ``success``: every test passed."""
        return self.accepted

    def to_dict(self) -> dict[str, Any]:
        """The verdict as plain JSON-ready data, plus seed 002's ``success``."""
        data = msgspec.to_builtins(self)
        data["success"] = self.success
        return data


def make_verdict(
    status: Status,
    results: list[TestResult],
    total_test_cases: int,
    *,
    compile_error: str | None = None,
    runtime_error: str | None = None,
    message: str | None = None,
    language: str | None = None,
) -> Verdict:
    """Build a :class:`Verdict`, deriving the summary, runtime and peak memory from ``results``."""
    passed = sum(r.passed for r in results)
    return Verdict(
        status=status,
        results=results,
        summary=Summary(total=len(results), passed=passed, failed=len(results) - passed),
        total_test_cases=total_test_cases,
        runtime_ms=round(sum(r.runtime_ms for r in results)),
        memory_kb=max((r.memory_kb for r in results), default=0),
        compile_error=compile_error,
        runtime_error=runtime_error,
        message=message,
        language=language,
    )


def internal_error(message: str, total_test_cases: int = 0, language: str | None = None) -> Verdict:
    """The verdict given when the judge itself failed (never the user's fault)."""
    return make_verdict(
        Status.INTERNAL_ERROR, [], total_test_cases, message=message, language=language
    )
