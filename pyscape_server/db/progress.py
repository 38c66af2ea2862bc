"""Queries of SM-2 progress and of the XP ledger."""

from __future__ import annotations

import uuid

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import to_record, to_records


class ProgressRecord(msgspec.Struct, kw_only=True):
    user_id: str
    problem_id: str
    times_solved: int
    ease_factor: float
    interval_days: int
    ratings: int
    is_mastered: bool
    next_review_date: str | None
    last_rating: str | None
    first_solved_at: str
    last_solved_at: str
    updated_at: str


class DueReview(msgspec.Struct, kw_only=True):
    problem_id: str
    slug: str
    title: str
    difficulty: str
    times_solved: int
    ease_factor: float
    interval_days: int
    next_review_date: str
    last_rating: str | None


_COLUMNS = [f.name for f in msgspec.structs.fields(ProgressRecord)]
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM progress"


async def record_solve(conn: Connection, first: ProgressRecord) -> ProgressRecord:
    """Count one more accepted submission: insert ``first`` or add 1 to ``times_solved``."""
    row = await conn.fetch_one(
        f"INSERT INTO progress ({', '.join(_COLUMNS)})"
        f" VALUES ({', '.join(':' + c for c in _COLUMNS)})"
        " ON CONFLICT (user_id, problem_id) DO UPDATE SET"
        " times_solved = progress.times_solved + 1,"
        " last_solved_at = excluded.last_solved_at,"
        " updated_at = excluded.updated_at"
        f" RETURNING {', '.join(_COLUMNS)}",
        msgspec.structs.asdict(first),
    )
    record = to_record(row, ProgressRecord)
    assert record is not None
    return record


async def get(conn: Connection, user_id: str, problem_id: str) -> ProgressRecord | None:
    row = await conn.fetch_one(
        f"{_SELECT} WHERE user_id = :user_id AND problem_id = :problem_id",
        {"user_id": user_id, "problem_id": problem_id},
    )
    return to_record(row, ProgressRecord)


async def save_schedule(conn: Connection, progress: ProgressRecord) -> None:
    """Store a new SM-2 schedule (ease, interval, ratings, mastered, next review)."""
    await conn.execute(
        "UPDATE progress SET ease_factor = :ease_factor, interval_days = :interval_days,"
        " ratings = :ratings, is_mastered = :is_mastered,"
        " next_review_date = :next_review_date, last_rating = :last_rating,"
        " updated_at = :updated_at"
        " WHERE user_id = :user_id AND problem_id = :problem_id",
        msgspec.structs.asdict(progress),
    )


async def due(
    conn: Connection, user_id: str, *, today: str, limit: int, offset: int
) -> tuple[list[DueReview], int]:
    """The user's problems due on ``today`` or before, oldest due first; and their total."""
    where = (
        "g.user_id = :user_id AND g.is_mastered = :mastered AND g.next_review_date IS NOT NULL"
        " AND g.next_review_date <= :today AND p.hidden = :hidden"
    )
    params = {
        "user_id": user_id,
        "mastered": False,
        "today": today,
        "hidden": False,
        "limit": limit,
        "offset": offset,
    }
    rows = await conn.fetch_all(
        "SELECT g.problem_id, p.slug, p.title, p.difficulty, g.times_solved, g.ease_factor,"
        " g.interval_days, g.next_review_date, g.last_rating"
        f" FROM progress g JOIN problems p ON p.id = g.problem_id WHERE {where}"
        " ORDER BY g.next_review_date, p.title LIMIT :limit OFFSET :offset",
        params,
    )
    total = await conn.fetch_value(
        f"SELECT COUNT(*) FROM progress g JOIN problems p ON p.id = g.problem_id WHERE {where}",
        params,
    )
    return to_records(rows, DueReview), int(total)


async def award_xp(
    conn: Connection, *, user_id: str, source: str, subject: str, amount: int, now: str
) -> bool:
    """Give ``amount`` XP for (``source``, ``subject``) unless it was given already.

    Returns whether it was given now. The ledger's UNIQUE key makes it once-only even if two
    transactions race (they cannot here: writes are serialized).
    """
    inserted = await conn.fetch_one(
        "INSERT INTO xp_awards (id, user_id, source, subject, amount, created_at)"
        " VALUES (:id, :user_id, :source, :subject, :amount, :now)"
        " ON CONFLICT (user_id, source, subject) DO NOTHING RETURNING id",
        {
            "id": str(uuid.uuid4()),
            "user_id": user_id,
            "source": source,
            "subject": subject,
            "amount": amount,
            "now": now,
        },
    )
    if inserted is None:
        return False
    await conn.execute(
        "UPDATE users SET xp_total = xp_total + :amount WHERE id = :id",
        {"amount": amount, "id": user_id},
    )
    return True
