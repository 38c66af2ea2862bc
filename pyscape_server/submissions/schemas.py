"""Bodies of the submission routes: seed 002's shapes, plus seed 000's fields where both apply."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from pyscape_judge import Status
from pyscape_server.schemas import Schema

#: A solution of two-sum, the example of ``code``.
TWO_SUM = """class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


class SubmitRequest(Schema):
    """Name the problem by ``problem_slug`` (seed 002) or ``problem_id`` (seed 000); the
    language is required (``python``, ``javascript``, ``java``, ``cpp`` or an alias)."""

    code: Annotated[str, msgspec.Meta(examples=[TWO_SUM])]
    language: Annotated[str, msgspec.Meta(examples=["python"])]
    problem_slug: Annotated[str, msgspec.Meta(examples=["two-sum"])] | None = None
    problem_id: str | None = None


class TestResult(Schema):
    """One executed test (seed 002). Hidden tests show ``null`` input, output, expected, stdout."""

    __test__ = False

    test_number: int
    passed: bool
    status: Status
    input: Any = None
    output: Any = None
    expected: Any = None
    stdout: str | None = None
    error: str | None = None
    hidden: bool = False
    runtime_ms: float = 0.0
    memory_kb: int = 0


class Summary(Schema):
    #: Tests executed (the judge stops at the first failure).
    total: int
    passed: int
    failed: int


class BasicTestResult(Schema):
    """Seed 000's per-test result: ``output`` as JSON text (null for hidden tests)."""

    __test__ = False

    test_case: int
    passed: bool
    output: str | None


class SubmitResponse(Schema):
    # seed 002
    success: bool
    results: list[TestResult]
    summary: Summary
    total_test_cases: int
    submission_id: str
    runtime_ms: int
    memory_kb: int
    compile_error: str | None
    runtime_error: str | None
    times_solved: int | None
    is_mastered: bool | None
    next_review_date: str | None
    # seed 000
    id: str
    status: Status
    test_results: list[BasicTestResult]
    xp_earned: int
    # both
    problem_id: str
    problem_slug: str
    language: str
    created_at: str


class SubmissionItem(Schema):
    """Seed 000's history item."""

    id: str
    problem_id: str
    problem_slug: str
    problem_title: str
    status: Status
    passed: bool
    language: str
    runtime_ms: int
    memory_kb: int
    xp_earned: int
    rating: str | None
    created_at: str


class SubmissionList(Schema):
    submissions: list[SubmissionItem]
    total: int
    limit: int
    offset: int
    has_more: bool


class Submission(Schema):
    """Seed 002's submission, with its code."""

    id: str
    user_id: str
    problem_id: str
    code: str
    language: str
    passed: bool
    runtime_ms: int
    submitted_at: str
    status: Status
    memory_kb: int
    tests_passed: int
    total_test_cases: int
    xp_earned: int
    rating: str | None


class SubmissionPage(Schema):
    items: list[Submission]
    total: int
    limit: int
    offset: int
    has_more: bool
