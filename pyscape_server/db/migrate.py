"""Versioned migrations: ``migrations/NNN_name.sql``, applied in order at start, each once.

Applied versions are recorded in ``schema_migrations``. Each file runs in one transaction, so a
failed migration leaves the database as it was. Two servers starting at once are safe: the
check and the apply happen under the write lock (SQLite's ``BEGIN IMMEDIATE``, PostgreSQL's
advisory lock). The same files serve both databases: write them in portable SQL.
"""

from __future__ import annotations

import logging
import re
from importlib import resources

import msgspec

from pyscape_server.clock import Clock, timestamp
from pyscape_server.db.connection import Database, DatabaseError, split_statements

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


class Migration(msgspec.Struct, frozen=True):
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The migrations shipped in ``pyscape_server/db/migrations``, by version."""
    found: dict[int, Migration] = {}
    folder = resources.files("pyscape_server.db") / "migrations"
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        match = _NAME.match(entry.name)
        if not match:
            raise DatabaseError(f"migration file {entry.name}: name it NNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise DatabaseError(f"two migrations have version {version:03d}")
        found[version] = Migration(version, match.group(2), entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


async def migrate(db: Database, clock: Clock | None = None) -> list[str]:
    """Apply the migrations the database lacks; return their names."""
    clock = clock or Clock()
    async with db.transaction() as conn:
        await conn.execute(CREATE_TABLE)
    applied: list[str] = []
    for migration in migrations():
        async with db.transaction() as conn:
            done = await conn.fetch_value(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = :version",
                {"version": migration.version},
            )
            if done:
                continue
            for statement in split_statements(migration.sql):
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at)"
                " VALUES (:version, :name, :at)",
                {
                    "version": migration.version,
                    "name": migration.name,
                    "at": timestamp(clock.now()),
                },
            )
        label = f"{migration.version:03d}_{migration.name}"
        log.info("applied migration %s", label)
        applied.append(label)
    return applied
