"""Spaced repetition (SM-2 as seed 002 and docs/api.md define it): pure functions.

| rating   | first rating of this problem | later ratings               |
|----------|------------------------------|-----------------------------|
| again    | interval 1, ease -0.20       | interval 1, ease -0.20      |
| hard     | interval 1, ease -0.15       | interval x 1.2, ease -0.15  |
| good     | interval 3                   | interval x ease             |
| mastered | mastered: leaves the rotation | same                       |

Ease starts at 2.5 and never goes below 1.3. Intervals round up to whole days; the next review
is the rating's date plus the interval. A rating other than ``mastered`` puts a mastered problem
back into the rotation.
"""

from __future__ import annotations

import enum
import math
from datetime import date, timedelta

import msgspec

START_EASE = 2.5
MIN_EASE = 1.3
#: Reviews further away than this (100 years) are capped, keeping dates representable.
MAX_INTERVAL_DAYS = 36500


class Rating(enum.StrEnum):
    AGAIN = "again"
    HARD = "hard"
    GOOD = "good"
    MASTERED = "mastered"


class Schedule(msgspec.Struct, frozen=True, kw_only=True):
    """The SM-2 state of one user and problem."""

    ease_factor: float = START_EASE
    interval_days: int = 1
    #: How many times the problem has been rated (0: the next rating is the first).
    ratings: int = 0
    is_mastered: bool = False
    next_review_date: date | None = None


def first_solve(today: date) -> Schedule:
    """The state after a problem's first accepted submission, before any rating."""
    return Schedule(next_review_date=today + timedelta(days=1))


def rate(state: Schedule, rating: Rating, today: date) -> Schedule:
    """The state after ``rating`` given on ``today``."""
    first = state.ratings == 0
    if rating is Rating.MASTERED:
        return msgspec.structs.replace(
            state, ratings=state.ratings + 1, is_mastered=True, next_review_date=None
        )
    ease, interval = state.ease_factor, state.interval_days
    if rating is Rating.AGAIN:
        ease, interval = ease - 0.20, 1
    elif rating is Rating.HARD:
        ease, interval = ease - 0.15, 1 if first else _days(interval * 1.2)
    else:
        interval = 3 if first else _days(interval * ease)
    ease = max(MIN_EASE, round(ease, 2))
    interval = min(max(interval, 1), MAX_INTERVAL_DAYS)
    return Schedule(
        ease_factor=ease,
        interval_days=interval,
        ratings=state.ratings + 1,
        is_mastered=False,
        next_review_date=today + timedelta(days=interval),
    )


def _days(value: float) -> int:
    """Round up to whole days, ignoring float noise (5 x 1.2 is 6, not 7)."""
    return math.ceil(round(value, 6))
