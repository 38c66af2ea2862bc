"""Submitting code: judge it, record it with its verdict, count the solve, give XP once."""

from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import datetime
from typing import Any

import msgspec

from pyscape_judge import LanguageError, Status, Verdict
from pyscape_server.accounts.service import CurrentUser
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Database
from pyscape_server.db import progress as progress_queries
from pyscape_server.db import submissions as queries
from pyscape_server.db.problems import ProblemRecord
from pyscape_server.db.progress import ProgressRecord
from pyscape_server.db.submissions import SubmissionListing, SubmissionRecord
from pyscape_server.errors import InvalidInput, JudgeUnavailable
from pyscape_server.judging import UNAVAILABLE, Judging, judge_code
from pyscape_server.problems.service import ProblemService, check_code, check_language
from pyscape_server.progress.service import ProgressService
from pyscape_server.progress.xp import PROBLEM_XP
from pyscape_server.submissions.bounded import bounded
from pyscape_server.submissions.schemas import (
    BasicTestResult,
    Submission,
    SubmissionItem,
    SubmissionList,
    SubmissionPage,
    SubmitRequest,
    SubmitResponse,
    Summary,
    TestResult,
)

log = logging.getLogger(__name__)


class SubmissionService:
    def __init__(
        self,
        db: Database,
        *,
        problems: ProblemService,
        judge: Judging,
        progress: ProgressService,
        clock: Clock,
        max_code_bytes: int,
    ) -> None:
        self.db = db
        self.problems = problems
        self.judge = judge
        self.progress = progress
        self.clock = clock
        self.max_code_bytes = max_code_bytes

    async def submit(self, user: CurrentUser, request: SubmitRequest) -> SubmitResponse:
        check_code(request.code, self.max_code_bytes)
        language = check_language(request.language)
        row, problem = await self.problems.for_judging(
            slug=request.problem_slug, problem_id=request.problem_id
        )
        submitted_at = self.clock.now()
        log.info("user %s submits %s in %s", user.id, row.slug, language)
        try:
            verdict = await judge_code(
                self.judge, problem, language, request.code, what=f"{row.slug} of user {user.id}"
            )
        except LanguageError as e:
            raise InvalidInput(str(e)) from None
        verdict = bounded(verdict)
        # recorded even if the client has gone away meanwhile
        submission, progress = await asyncio.shield(
            self._record(user, row, language, request.code, verdict, submitted_at)
        )
        log.info(
            "submission %s of %s: %s (+%d XP)",
            submission.id,
            row.slug,
            verdict.status,
            submission.xp_earned,
        )
        if verdict.status is Status.INTERNAL_ERROR:
            raise JudgeUnavailable(UNAVAILABLE, details=f"submission {submission.id}")
        return _response(submission, row, verdict, progress)

    async def _record(
        self,
        user: CurrentUser,
        row: ProblemRecord,
        language: str,
        code: str,
        verdict: Verdict,
        submitted_at: datetime,
    ) -> tuple[SubmissionRecord, ProgressRecord | None]:
        submission_id = str(uuid.uuid4())
        now = self.clock.now()
        xp = 0
        progress = None
        async with self.db.transaction() as conn:
            if verdict.status is Status.ACCEPTED:
                progress = await self.progress.record_solve(
                    conn, user_id=user.id, problem_id=row.id, now=now
                )
                amount = PROBLEM_XP.get(row.difficulty, 0)
                if await progress_queries.award_xp(
                    conn,
                    user_id=user.id,
                    source="problem",
                    subject=row.id,
                    amount=amount,
                    now=timestamp(now),
                ):
                    xp = amount
            submission = SubmissionRecord(
                id=submission_id,
                user_id=user.id,
                problem_id=row.id,
                problem_version=row.version,
                language=language,
                code=code,
                status=str(verdict.status),
                passed=verdict.status is Status.ACCEPTED,
                tests_passed=verdict.summary.passed,
                total_tests=verdict.total_test_cases,
                runtime_ms=verdict.runtime_ms,
                memory_kb=verdict.memory_kb,
                verdict=msgspec.json.encode(verdict).decode(),
                xp_earned=xp,
                rating=None,
                rated_at=None,
                created_at=timestamp(submitted_at),
            )
            await queries.insert(conn, submission)
        return submission, progress

    # ------------------------------------------------------------------------- history

    async def history(self, user: CurrentUser, *, limit: int, offset: int) -> SubmissionList:
        async with self.db.read() as conn:
            rows, total = await queries.history(
                conn, user.id, problem_id=None, limit=limit, offset=offset
            )
        return SubmissionList(
            submissions=[_item(r) for r in rows],
            total=total,
            limit=limit,
            offset=offset,
            has_more=offset + len(rows) < total,
        )

    async def problem_history(
        self, user: CurrentUser, problem: str, *, limit: int, offset: int
    ) -> SubmissionPage:
        row = await self.problems.find(problem, include_hidden=True)
        async with self.db.read() as conn:
            rows, total = await queries.history(
                conn, user.id, problem_id=row.id, limit=limit, offset=offset
            )
        return SubmissionPage(
            items=[_submission(r) for r in rows],
            total=total,
            limit=limit,
            offset=offset,
            has_more=offset + len(rows) < total,
        )


def _response(
    submission: SubmissionRecord,
    row: ProblemRecord,
    verdict: Verdict,
    progress: ProgressRecord | None,
) -> SubmitResponse:
    results = [msgspec.convert(msgspec.to_builtins(r), TestResult) for r in verdict.results]
    return SubmitResponse(
        success=verdict.success,
        results=results,
        summary=Summary(**msgspec.structs.asdict(verdict.summary)),
        total_test_cases=verdict.total_test_cases,
        submission_id=submission.id,
        runtime_ms=verdict.runtime_ms,
        memory_kb=verdict.memory_kb,
        compile_error=verdict.compile_error,
        runtime_error=verdict.runtime_error,
        times_solved=progress.times_solved if progress else None,
        is_mastered=progress.is_mastered if progress else None,
        next_review_date=progress.next_review_date if progress else None,
        id=submission.id,
        status=verdict.status,
        test_results=[
            BasicTestResult(
                test_case=r.test_number,
                passed=r.passed,
                output=_output_text(r.output, row.mode, hidden=r.hidden),
            )
            for r in verdict.results
        ],
        xp_earned=submission.xp_earned,
        problem_id=row.id,
        problem_slug=row.slug,
        language=submission.language,
        created_at=submission.created_at,
    )


def _output_text(output: Any, mode: str, *, hidden: bool) -> str | None:
    """Seed 000's ``output``: the answer as JSON text (stdio programs: their text)."""
    if hidden or output is None:
        return None
    if mode == "stdio" and isinstance(output, str):
        return output
    return msgspec.json.encode(output).decode()


def _item(row: SubmissionListing) -> SubmissionItem:
    return SubmissionItem(
        id=row.id,
        problem_id=row.problem_id,
        problem_slug=row.problem_slug,
        problem_title=row.problem_title,
        status=Status(row.status),
        passed=row.passed,
        language=row.language,
        runtime_ms=row.runtime_ms,
        memory_kb=row.memory_kb,
        xp_earned=row.xp_earned,
        rating=row.rating,
        created_at=row.created_at,
    )


def _submission(row: SubmissionListing) -> Submission:
    return Submission(
        id=row.id,
        user_id=row.user_id,
        problem_id=row.problem_id,
        code=row.code,
        language=row.language,
        passed=row.passed,
        runtime_ms=row.runtime_ms,
        submitted_at=row.created_at,
        status=Status(row.status),
        memory_kb=row.memory_kb,
        tests_passed=row.tests_passed,
        total_test_cases=row.total_tests,
        xp_earned=row.xp_earned,
        rating=row.rating,
    )
