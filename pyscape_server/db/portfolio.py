"""Queries of portfolios: projects, and a user's record of solved problems."""

from __future__ import annotations

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import to_record, to_records

_COLUMNS = "id, user_id, project_name, description, url, skills, metrics, created_at, updated_at"


class ProjectRecord(msgspec.Struct, kw_only=True):
    id: str
    user_id: str
    project_name: str
    description: str
    url: str | None
    #: JSON text
    skills: str
    #: JSON text
    metrics: str
    created_at: str
    updated_at: str


async def insert_project(conn: Connection, project: ProjectRecord) -> None:
    await conn.execute(
        f"INSERT INTO portfolio_projects ({_COLUMNS}) VALUES (:id, :user_id, :project_name,"
        " :description, :url, :skills, :metrics, :created_at, :updated_at)",
        msgspec.structs.asdict(project),
    )


async def update_project(conn: Connection, project: ProjectRecord) -> None:
    await conn.execute(
        "UPDATE portfolio_projects SET project_name = :project_name,"
        " description = :description, url = :url, skills = :skills, metrics = :metrics,"
        " updated_at = :updated_at WHERE id = :id",
        msgspec.structs.asdict(project),
    )


async def delete_project(conn: Connection, project_id: str) -> None:
    await conn.execute("DELETE FROM portfolio_projects WHERE id = :id", {"id": project_id})


async def get_project(conn: Connection, project_id: str) -> ProjectRecord | None:
    row = await conn.fetch_one(
        f"SELECT {_COLUMNS} FROM portfolio_projects WHERE id = :id", {"id": project_id}
    )
    return to_record(row, ProjectRecord)


async def count_projects(conn: Connection, user_id: str) -> int:
    return int(
        await conn.fetch_value(
            "SELECT COUNT(*) FROM portfolio_projects WHERE user_id = :user_id", {"user_id": user_id}
        )
    )


async def projects_of(conn: Connection, user_id: str) -> list[ProjectRecord]:
    rows = await conn.fetch_all(
        f"SELECT {_COLUMNS} FROM portfolio_projects WHERE user_id = :user_id"
        " ORDER BY created_at, id",
        {"user_id": user_id},
    )
    return to_records(rows, ProjectRecord)


_ACCEPTED = (
    "FROM submissions s JOIN problems p ON p.id = s.problem_id"
    " WHERE s.user_id = :user_id AND s.status = :accepted"
)


async def solved_by_difficulty(conn: Connection, user_id: str) -> dict[str, int]:
    """Distinct problems with an accepted submission, by difficulty."""
    rows = await conn.fetch_all(
        f"SELECT p.difficulty AS k, COUNT(DISTINCT s.problem_id) AS n {_ACCEPTED}"
        " GROUP BY p.difficulty",
        {"user_id": user_id, "accepted": "accepted"},
    )
    return {row["k"]: int(row["n"]) for row in rows}


async def solved_by_language(conn: Connection, user_id: str) -> dict[str, int]:
    """Distinct problems with an accepted submission, by the language it was written in."""
    rows = await conn.fetch_all(
        f"SELECT s.language AS k, COUNT(DISTINCT s.problem_id) AS n {_ACCEPTED}"
        " GROUP BY s.language ORDER BY s.language",
        {"user_id": user_id, "accepted": "accepted"},
    )
    return {row["k"]: int(row["n"]) for row in rows}


async def solved_tags(conn: Connection, user_id: str, *, limit: int) -> list[tuple[str, int]]:
    """The tags of the solved problems, most frequent first."""
    rows = await conn.fetch_all(
        "SELECT t.tag AS tag, COUNT(DISTINCT s.problem_id) AS n FROM submissions s"
        " JOIN problem_tags t ON t.problem_id = s.problem_id"
        " WHERE s.user_id = :user_id AND s.status = :accepted"
        " GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT :limit",
        {"user_id": user_id, "accepted": "accepted", "limit": limit},
    )
    return [(row["tag"], int(row["n"])) for row in rows]
