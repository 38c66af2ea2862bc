"""Queries of learning: roadmaps, finished lessons, practice problems by tag, a user's XP."""

from __future__ import annotations

from typing import Any

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import to_record, to_records


class RoadmapRecord(msgspec.Struct, kw_only=True):
    id: str
    user_id: str
    #: JSON text
    topics: str
    #: JSON text: the roadmap as answered
    body: str
    generated_at: str


class PracticeProblem(msgspec.Struct, kw_only=True):
    id: str
    slug: str
    title: str
    difficulty: str


async def user_xp(conn: Connection, user_id: str) -> int:
    return int(
        await conn.fetch_value("SELECT xp_total FROM users WHERE id = :id", {"id": user_id}) or 0
    )


async def finished_lessons(conn: Connection, user_id: str) -> set[str]:
    rows = await conn.fetch_all(
        "SELECT lesson_id FROM lesson_completions WHERE user_id = :user_id", {"user_id": user_id}
    )
    return {row["lesson_id"] for row in rows}


async def record_completion(
    conn: Connection, *, user_id: str, lesson_id: str, score: int, total: int, now: str
) -> None:
    """Mark the lesson complete (again): one more attempt, the best score kept."""
    await conn.execute(
        "INSERT INTO lesson_completions (user_id, lesson_id, best_score, quiz_total, attempts,"
        " completed_at, updated_at) VALUES (:user_id, :lesson_id, :score, :total, 1, :now, :now)"
        " ON CONFLICT (user_id, lesson_id) DO UPDATE SET"
        " best_score = CASE WHEN excluded.best_score > lesson_completions.best_score"
        " THEN excluded.best_score ELSE lesson_completions.best_score END,"
        " quiz_total = excluded.quiz_total,"
        " attempts = lesson_completions.attempts + 1,"
        " updated_at = excluded.updated_at",
        {"user_id": user_id, "lesson_id": lesson_id, "score": score, "total": total, "now": now},
    )


async def save_roadmap(conn: Connection, roadmap: RoadmapRecord) -> None:
    """Store ``roadmap`` as the user's roadmap (replacing the previous one)."""
    await conn.execute(
        "INSERT INTO roadmaps (user_id, id, topics, body, generated_at)"
        " VALUES (:user_id, :id, :topics, :body, :generated_at)"
        " ON CONFLICT (user_id) DO UPDATE SET id = excluded.id, topics = excluded.topics,"
        " body = excluded.body, generated_at = excluded.generated_at",
        msgspec.structs.asdict(roadmap),
    )


async def get_roadmap(conn: Connection, user_id: str) -> RoadmapRecord | None:
    row = await conn.fetch_one(
        "SELECT id, user_id, topics, body, generated_at FROM roadmaps WHERE user_id = :user_id",
        {"user_id": user_id},
    )
    return to_record(row, RoadmapRecord)


async def practice_problems(
    conn: Connection, tags: list[str], *, limit: int
) -> list[PracticeProblem]:
    """Visible problems carrying any of ``tags``: easiest first, then by title."""
    if not tags:
        return []
    names = {f"tag{n}": tag for n, tag in enumerate(tags)}
    params: dict[str, Any] = {**names, "limit": limit, "hidden": False}
    rows = await conn.fetch_all(
        "SELECT p.id, p.slug, p.title, p.difficulty FROM problems p"
        " WHERE p.hidden = :hidden AND EXISTS (SELECT 1 FROM problem_tags t"
        f" WHERE t.problem_id = p.id AND t.tag IN ({', '.join(':' + k for k in names)}))"
        " ORDER BY CASE p.difficulty WHEN 'easy' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END,"
        " p.title LIMIT :limit",
        params,
    )
    return to_records(rows, PracticeProblem)
