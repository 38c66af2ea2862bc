"""Queries of users and sessions."""

from __future__ import annotations

from typing import Any

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import dump_json, to_record

_USER_COLUMNS = (
    "id, email, username, password_hash, provider, avatar_url, interests, xp_total,"
    " created_at, updated_at"
)


class UserRecord(msgspec.Struct, kw_only=True):
    id: str
    email: str | None
    username: str
    password_hash: str | None
    provider: str
    avatar_url: str | None
    #: JSON text
    interests: str
    xp_total: int
    created_at: str
    updated_at: str


class SessionRecord(msgspec.Struct, kw_only=True):
    id: str
    user_id: str
    provider: str
    revoked_at: str | None
    expires_at: str | None


async def get_user(conn: Connection, user_id: str) -> UserRecord | None:
    row = await conn.fetch_one(f"SELECT {_USER_COLUMNS} FROM users WHERE id = :id", {"id": user_id})
    return to_record(row, UserRecord)


async def find_user_by_email(conn: Connection, email: str) -> UserRecord | None:
    row = await conn.fetch_one(
        f"SELECT {_USER_COLUMNS} FROM users WHERE email = :email", {"email": email}
    )
    return to_record(row, UserRecord)


async def email_taken(conn: Connection, email: str) -> bool:
    found = await conn.fetch_value(
        "SELECT COUNT(*) FROM users WHERE email = :email", {"email": email}
    )
    return bool(found)


async def username_taken(conn: Connection, username: str, *, other_than: str | None = None) -> bool:
    """Whether another user has ``username``, compared without case."""
    found = await conn.fetch_value(
        "SELECT COUNT(*) FROM users WHERE lower(username) = lower(:username) AND id <> :me",
        {"username": username, "me": other_than or ""},
    )
    return bool(found)


async def insert_user(conn: Connection, user: UserRecord) -> None:
    await conn.execute(
        f"INSERT INTO users ({_USER_COLUMNS}) VALUES (:id, :email, :username, :password_hash,"
        " :provider, :avatar_url, :interests, :xp_total, :created_at, :updated_at)",
        msgspec.structs.asdict(user),
    )


async def update_profile(conn: Connection, user_id: str, changes: dict[str, Any], now: str) -> None:
    """Set the given profile columns (``username``, ``avatar_url``, ``interests``)."""
    allowed = {"username", "avatar_url", "interests"}
    if not changes:
        return
    if not set(changes) <= allowed:
        raise ValueError(f"not profile columns: {set(changes) - allowed}")
    params = dict(changes, id=user_id, now=now)
    if "interests" in params:
        params["interests"] = dump_json(params["interests"])
    sets = ", ".join(f"{column} = :{column}" for column in sorted(changes))
    await conn.execute(f"UPDATE users SET {sets}, updated_at = :now WHERE id = :id", params)


async def insert_session(
    conn: Connection, *, session_id: str, user_id: str, created_at: str, expires_at: str
) -> None:
    await conn.execute(
        "INSERT INTO sessions (id, user_id, provider, created_at, expires_at, revoked_at)"
        " VALUES (:id, :user_id, 'local', :created_at, :expires_at, NULL)",
        {"id": session_id, "user_id": user_id, "created_at": created_at, "expires_at": expires_at},
    )


async def get_session(conn: Connection, session_id: str) -> SessionRecord | None:
    row = await conn.fetch_one(
        "SELECT id, user_id, provider, revoked_at, expires_at FROM sessions WHERE id = :id",
        {"id": session_id},
    )
    return to_record(row, SessionRecord)


async def revoke_session(
    conn: Connection, *, session_id: str, user_id: str, provider: str, now: str
) -> None:
    """Mark a session logged out (a Supabase session gets its row here)."""
    await conn.execute(
        "INSERT INTO sessions (id, user_id, provider, created_at, expires_at, revoked_at)"
        " VALUES (:id, :user_id, :provider, :now, NULL, :now)"
        " ON CONFLICT (id) DO UPDATE SET revoked_at = COALESCE(sessions.revoked_at, :now)",
        {"id": session_id, "user_id": user_id, "provider": provider, "now": now},
    )


#: Ids per query of :func:`revoked_among` (a bounded list of parameters).
_IDS_PER_QUERY = 200


async def revoked_among(conn: Connection, session_ids: list[str]) -> set[str]:
    """Which of ``session_ids`` are logged out."""
    revoked: set[str] = set()
    for start in range(0, len(session_ids), _IDS_PER_QUERY):
        chunk = session_ids[start : start + _IDS_PER_QUERY]
        names = {f"s{n}": session_id for n, session_id in enumerate(chunk)}
        rows = await conn.fetch_all(
            f"SELECT id FROM sessions WHERE revoked_at IS NOT NULL"
            f" AND id IN ({', '.join(':' + name for name in names)})",
            names,
        )
        revoked.update(row["id"] for row in rows)
    return revoked
