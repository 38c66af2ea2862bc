"""SM-2 progress: counting solves, rating submissions, and the reviews due."""

from __future__ import annotations

from datetime import date, datetime

from pyscape_judge import Status
from pyscape_server.accounts.service import CurrentUser
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Connection, Database
from pyscape_server.db import progress as queries
from pyscape_server.db import submissions as submission_queries
from pyscape_server.db.progress import ProgressRecord
from pyscape_server.errors import AlreadyRated, InvalidInput, SubmissionNotFound
from pyscape_server.progress import srs
from pyscape_server.progress.schemas import (
    DueReview,
    DueReviews,
    ProgressOut,
    RateRequest,
    RateResponse,
)


class ProgressService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    async def record_solve(
        self, conn: Connection, *, user_id: str, problem_id: str, now: datetime
    ) -> ProgressRecord:
        """Count an accepted submission (inside the caller's transaction)."""
        first = srs.first_solve(now.date())
        at = timestamp(now)
        return await queries.record_solve(
            conn,
            _record(user_id, problem_id, first, times_solved=1, solved_at=at, updated_at=at),
        )

    async def rate(self, user: CurrentUser, request: RateRequest) -> RateResponse:
        now = self.clock.now()
        async with self.db.transaction() as conn:
            submission = await submission_queries.get(conn, request.submission_id)
            if submission is None or submission.user_id != user.id:
                raise SubmissionNotFound(f"Submission {request.submission_id!r} not found")
            if submission.status != Status.ACCEPTED:
                raise InvalidInput(
                    f"Only accepted submissions can be rated; this one is {submission.status}"
                )
            if not await submission_queries.mark_rated(
                conn, submission.id, request.rating, timestamp(now)
            ):
                raise AlreadyRated(
                    f"Submission {submission.id!r} was already rated {submission.rating!r}:"
                    " solve the problem again to rate it again"
                )
            current = await queries.get(conn, user.id, submission.problem_id)
            if current is None:  # not counted when accepted (older data): count it now
                current = await self.record_solve(
                    conn, user_id=user.id, problem_id=submission.problem_id, now=now
                )
            schedule = srs.rate(_schedule(current), request.rating, now.date())
            updated = _record(
                user.id,
                submission.problem_id,
                schedule,
                times_solved=current.times_solved,
                solved_at=current.first_solved_at,
                updated_at=timestamp(now),
                last_solved_at=current.last_solved_at,
                last_rating=str(request.rating),
            )
            await queries.save_schedule(conn, updated)
        return RateResponse(success=True, progress=progress_out(updated))

    async def due(self, user: CurrentUser, *, limit: int, offset: int) -> DueReviews:
        today = self.clock.today()
        async with self.db.read() as conn:
            rows, total = await queries.due(
                conn, user.id, today=today.isoformat(), limit=limit, offset=offset
            )
        reviews = [
            DueReview(
                problem_id=r.problem_id,
                slug=r.slug,
                title=r.title,
                difficulty=r.difficulty,
                times_solved=r.times_solved,
                ease_factor=r.ease_factor,
                interval_days=r.interval_days,
                next_review_date=r.next_review_date,
                days_overdue=(today - date.fromisoformat(r.next_review_date)).days,
                last_rating=r.last_rating,
            )
            for r in rows
        ]
        return DueReviews(
            today=today.isoformat(),
            reviews=reviews,
            total=total,
            limit=limit,
            offset=offset,
            has_more=offset + len(rows) < total,
        )


def progress_out(record: ProgressRecord) -> ProgressOut:
    return ProgressOut(
        problem_id=record.problem_id,
        times_solved=record.times_solved,
        ease_factor=record.ease_factor,
        interval_days=record.interval_days,
        is_mastered=record.is_mastered,
        next_review_date=record.next_review_date,
    )


def _schedule(record: ProgressRecord) -> srs.Schedule:
    return srs.Schedule(
        ease_factor=record.ease_factor,
        interval_days=record.interval_days,
        ratings=record.ratings,
        is_mastered=record.is_mastered,
        next_review_date=(
            date.fromisoformat(record.next_review_date) if record.next_review_date else None
        ),
    )


def _record(
    user_id: str,
    problem_id: str,
    schedule: srs.Schedule,
    *,
    times_solved: int,
    solved_at: str,
    updated_at: str,
    last_solved_at: str | None = None,
    last_rating: str | None = None,
) -> ProgressRecord:
    return ProgressRecord(
        user_id=user_id,
        problem_id=problem_id,
        times_solved=times_solved,
        ease_factor=schedule.ease_factor,
        interval_days=schedule.interval_days,
        ratings=schedule.ratings,
        is_mastered=schedule.is_mastered,
        next_review_date=(
            schedule.next_review_date.isoformat() if schedule.next_review_date else None
        ),
        last_rating=last_rating,
        first_solved_at=solved_at,
        last_solved_at=last_solved_at or solved_at,
        updated_at=updated_at,
    )
