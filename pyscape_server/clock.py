"""Time, injectable: the services ask a :class:`Clock`, tests hold a :class:`FixedClock`.

Every date the API shows is a UTC date; every timestamp is UTC ISO 8601 with a ``Z``.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        return datetime.now(UTC)

    def today(self) -> date:
        """Today's UTC date: SM-2 schedules are whole UTC days."""
        return self.now().date()


class FixedClock(Clock):
    """A clock that stays where it is set (tests move it with :meth:`advance`)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2025, 6, 1, 10, 30, tzinfo=UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            self._now += timedelta(microseconds=1)  # distinct, ordered timestamps
            return self._now

    def set(self, moment: datetime | date) -> None:
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day, 12, tzinfo=UTC)
        with self._lock:
            self._now = moment

    def advance(self, *, days: float = 0, seconds: float = 0) -> None:
        with self._lock:
            self._now += timedelta(days=days, seconds=seconds)


def timestamp(moment: datetime) -> str:
    """``2025-06-01T10:30:00.000123Z``: sortable as text, read by every JSON client."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
