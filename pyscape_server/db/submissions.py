"""Queries of submissions."""

from __future__ import annotations

from typing import Any

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import to_record, to_records


class SubmissionRecord(msgspec.Struct, kw_only=True):
    id: str
    user_id: str
    problem_id: str
    problem_version: str
    language: str
    code: str
    status: str
    passed: bool
    tests_passed: int
    total_tests: int
    runtime_ms: int
    memory_kb: int
    #: JSON text
    verdict: str
    xp_earned: int
    rating: str | None
    rated_at: str | None
    created_at: str


class SubmissionListing(msgspec.Struct, kw_only=True):
    """A submission with its problem's title and slug, for histories."""

    id: str
    user_id: str
    problem_id: str
    problem_slug: str
    problem_title: str
    language: str
    code: str
    status: str
    passed: bool
    tests_passed: int
    total_tests: int
    runtime_ms: int
    memory_kb: int
    xp_earned: int
    rating: str | None
    created_at: str


_COLUMNS = [f.name for f in msgspec.structs.fields(SubmissionRecord)]
_LISTING = (
    "SELECT s.id, s.user_id, s.problem_id, p.slug AS problem_slug, p.title AS problem_title,"
    " s.language, s.code, s.status, s.passed, s.tests_passed, s.total_tests, s.runtime_ms,"
    " s.memory_kb, s.xp_earned, s.rating, s.created_at"
    " FROM submissions s JOIN problems p ON p.id = s.problem_id"
)


async def insert(conn: Connection, submission: SubmissionRecord) -> None:
    await conn.execute(
        f"INSERT INTO submissions ({', '.join(_COLUMNS)})"
        f" VALUES ({', '.join(':' + c for c in _COLUMNS)})",
        msgspec.structs.asdict(submission),
    )


async def get(conn: Connection, submission_id: str) -> SubmissionRecord | None:
    row = await conn.fetch_one(
        f"SELECT {', '.join(_COLUMNS)} FROM submissions WHERE id = :id", {"id": submission_id}
    )
    return to_record(row, SubmissionRecord)


async def mark_rated(conn: Connection, submission_id: str, rating: str, now: str) -> bool:
    """Record a submission's rating; ``False`` when it had one already."""
    changed = await conn.execute(
        "UPDATE submissions SET rating = :rating, rated_at = :now"
        " WHERE id = :id AND rating IS NULL",
        {"rating": rating, "now": now, "id": submission_id},
    )
    return changed == 1


async def history(
    conn: Connection, user_id: str, *, problem_id: str | None, limit: int, offset: int
) -> tuple[list[SubmissionListing], int]:
    """A user's submissions (of one problem when given), newest first; and their total."""
    where = "s.user_id = :user_id"
    params: dict[str, Any] = {"user_id": user_id, "limit": limit, "offset": offset}
    if problem_id is not None:
        where += " AND s.problem_id = :problem_id"
        params["problem_id"] = problem_id
    rows = await conn.fetch_all(
        f"{_LISTING} WHERE {where} ORDER BY s.created_at DESC, s.id DESC"
        " LIMIT :limit OFFSET :offset",
        params,
    )
    total = await conn.fetch_value(f"SELECT COUNT(*) FROM submissions s WHERE {where}", params)
    return to_records(rows, SubmissionListing), int(total)
