"""Queries of problems, their tags and languages."""

from __future__ import annotations

from typing import Any

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import to_record, to_records

_COLUMNS = (
    "id, slug, title, difficulty, mode, statement, summary, examples, starters, tags, languages,"
    " total_tests, time_limit_ms, memory_limit_mb, version, hidden, created_at, updated_at"
)
_NAMES = [name.strip() for name in _COLUMNS.split(",")]
_ORDER = (
    "CASE p.difficulty WHEN 'easy' THEN 1 WHEN 'medium' THEN 2 WHEN 'hard' THEN 3 ELSE 4 END,"
    " p.title, p.slug"
)


class ProblemRecord(msgspec.Struct, kw_only=True):
    id: str
    slug: str
    title: str
    difficulty: str
    mode: str
    statement: str
    summary: str
    #: JSON text
    examples: str
    starters: str
    tags: str
    languages: str
    total_tests: int
    time_limit_ms: int
    memory_limit_mb: int
    version: str
    hidden: bool
    created_at: str
    updated_at: str


class ProblemIndexEntry(msgspec.Struct, kw_only=True):
    id: str
    slug: str
    version: str
    hidden: bool


async def index(conn: Connection) -> dict[str, ProblemIndexEntry]:
    """Every problem ever synced, hidden ones included, by slug."""
    rows = await conn.fetch_all("SELECT id, slug, version, hidden FROM problems")
    return {r.slug: r for r in to_records(rows, ProblemIndexEntry)}


async def insert(conn: Connection, problem: ProblemRecord) -> None:
    await conn.execute(
        f"INSERT INTO problems ({_COLUMNS}) VALUES ({', '.join(':' + n for n in _NAMES)})",
        msgspec.structs.asdict(problem),
    )


async def update(conn: Connection, problem: ProblemRecord) -> None:
    """Overwrite a problem's content (its id and created_at stay) and show it again."""
    kept = ("id", "slug", "created_at")
    sets = ", ".join(f"{n} = :{n}" for n in _NAMES if n not in kept)
    await conn.execute(
        f"UPDATE problems SET {sets} WHERE id = :id", msgspec.structs.asdict(problem)
    )


async def set_labels(
    conn: Connection, problem_id: str, tags: list[str], languages: list[str]
) -> None:
    """Replace the rows that the tag and language filters search."""
    await conn.execute("DELETE FROM problem_tags WHERE problem_id = :id", {"id": problem_id})
    await conn.execute("DELETE FROM problem_languages WHERE problem_id = :id", {"id": problem_id})
    if tags:
        await conn.execute_many(
            "INSERT INTO problem_tags (problem_id, tag) VALUES (:id, :tag)",
            [{"id": problem_id, "tag": t} for t in tags],
        )
    if languages:
        await conn.execute_many(
            "INSERT INTO problem_languages (problem_id, language) VALUES (:id, :language)",
            [{"id": problem_id, "language": lang} for lang in languages],
        )


async def hide(conn: Connection, problem_id: str, now: str) -> None:
    await conn.execute(
        "UPDATE problems SET hidden = :hidden, updated_at = :now WHERE id = :id",
        {"hidden": True, "now": now, "id": problem_id},
    )


async def get(
    conn: Connection, id_or_slug: str, *, include_hidden: bool = False
) -> ProblemRecord | None:
    """A problem by id or slug."""
    sql = f"SELECT {_COLUMNS} FROM problems WHERE (id = :key OR slug = :key)"
    params: dict[str, Any] = {"key": id_or_slug}
    if not include_hidden:
        sql += " AND hidden = :hidden"
        params["hidden"] = False
    return to_record(await conn.fetch_one(sql, params), ProblemRecord)


async def search(
    conn: Connection,
    *,
    difficulty: str | None,
    language: str | None,
    tags: list[str],
    limit: int,
    offset: int,
) -> tuple[list[ProblemRecord], int]:
    """Visible problems matching every filter (all ``tags``), easiest first; and the total."""
    where = ["p.hidden = :hidden"]
    params: dict[str, Any] = {"hidden": False, "limit": limit, "offset": offset}
    if difficulty is not None:
        where.append("p.difficulty = :difficulty")
        params["difficulty"] = difficulty
    if language is not None:
        where.append(
            "EXISTS (SELECT 1 FROM problem_languages l"
            " WHERE l.problem_id = p.id AND l.language = :language)"
        )
        params["language"] = language
    for i, tag in enumerate(tags):
        where.append(
            f"EXISTS (SELECT 1 FROM problem_tags t WHERE t.problem_id = p.id AND t.tag = :tag{i})"
        )
        params[f"tag{i}"] = tag
    condition = " AND ".join(where)
    columns = ", ".join(f"p.{name}" for name in _NAMES)
    rows = await conn.fetch_all(
        f"SELECT {columns} FROM problems p WHERE {condition}"
        f" ORDER BY {_ORDER} LIMIT :limit OFFSET :offset",
        params,
    )
    total = await conn.fetch_value(f"SELECT COUNT(*) FROM problems p WHERE {condition}", params)
    return to_records(rows, ProblemRecord), int(total)
