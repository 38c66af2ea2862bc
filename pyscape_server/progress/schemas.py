"""Bodies of the SM-2 routes: rate-submission (seed 002) and reviews due."""

from __future__ import annotations

from pyscape_server.progress.srs import Rating
from pyscape_server.schemas import Schema


class RateRequest(Schema):
    submission_id: str
    rating: Rating


class ProgressOut(Schema):
    problem_id: str
    times_solved: int
    ease_factor: float
    interval_days: int
    is_mastered: bool
    #: ISO date; ``null`` once mastered.
    next_review_date: str | None


class RateResponse(Schema):
    success: bool
    progress: ProgressOut


class DueReview(Schema):
    problem_id: str
    slug: str
    title: str
    difficulty: str
    times_solved: int
    ease_factor: float
    interval_days: int
    next_review_date: str
    days_overdue: int
    last_rating: str | None


class DueReviews(Schema):
    #: Today's UTC date, as the server counts days.
    today: str
    reviews: list[DueReview]
    total: int
    limit: int
    offset: int
    has_more: bool
