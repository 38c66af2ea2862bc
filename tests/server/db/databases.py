"""The database the server tests run on: SQLite files (default) or PostgreSQL.

``PYSCAPE_TEST_DATABASE=postgres pytest tests/server`` runs every live server on a fresh
PostgreSQL database of its own (``CREATE DATABASE pyscape_test_<random>``, dropped at the end of
the session), on the server that ``PYSCAPE_TEST_POSTGRES_URL`` names (default: the one
``scripts/postgres-up.sh`` starts). Its role must be allowed to CREATE DATABASE.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from pyscape_server.db import Database
from pyscape_server.db.postgres import redact
from tests.conftest import IN_CI

ADMIN_URL = os.environ.get(
    "PYSCAPE_TEST_POSTGRES_URL", "postgresql://pyscape:pyscape@127.0.0.1:54329/pyscape"
)
START = "bash scripts/postgres-up.sh"
PREFIX = "pyscape_test_"

_created: list[str] = []
_by_folder: dict[Path, str] = {}
_problem: list[str | None] = []


def on_postgres() -> bool:
    """Whether the server tests run on PostgreSQL (``PYSCAPE_TEST_DATABASE=postgres``)."""
    choice = os.environ.get("PYSCAPE_TEST_DATABASE", "sqlite").strip().lower() or "sqlite"
    if choice not in ("sqlite", "postgres"):
        raise pytest.UsageError(f"PYSCAPE_TEST_DATABASE must be sqlite or postgres, not {choice}")
    return choice == "postgres"


def _postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used (checked once), or ``None``."""
    if not _problem:

        async def probe() -> None:
            conn = await asyncpg.connect(ADMIN_URL, timeout=5)
            await conn.close()

        try:
            asyncio.run(probe())
            _problem.append(None)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as e:
            _problem.append(f"no PostgreSQL at {redact(ADMIN_URL)} ({e}): run `{START}`")
    return _problem[0]


def require_postgres() -> None:
    """Fail (under CI=true, or when PYSCAPE_TEST_DATABASE=postgres asks for it) or skip."""
    problem = _postgres_problem()
    if problem is None:
        return
    if IN_CI or on_postgres():
        pytest.fail(f"PostgreSQL is required here: {problem}")
    pytest.skip(problem)


def database_url(name: str) -> str:
    """The URL of database ``name`` on the test server."""
    return urlunsplit(urlsplit(ADMIN_URL)._replace(path=f"/{name}"))


async def _admin(*statements: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL, timeout=10)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


def create_database() -> str:
    """A fresh, empty PostgreSQL database (sorting text as SQLite does); its URL."""
    require_postgres()
    name = PREFIX + uuid.uuid4().hex[:16]
    asyncio.run(
        _admin(
            f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        )
    )
    _created.append(name)
    return database_url(name)


def drop_database(url: str) -> None:
    """Drop one database :func:`create_database` made."""
    name = urlsplit(url).path.lstrip("/")
    if name in _created:
        _created.remove(name)
        asyncio.run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def drop_created() -> None:
    """Drop every database :func:`create_database` made (connections still open are ended)."""
    names, _created[:] = list(_created), []
    if names:
        asyncio.run(_admin(*(f"DROP DATABASE IF EXISTS {n} WITH (FORCE)" for n in names)))


def database_settings(tmp: Path) -> dict[str, Any]:
    """The settings that give a test server the database of folder ``tmp``: the file in it, and
    on PostgreSQL a database made for that folder at its first use (a server restarted on the
    same folder finds its data; the folder still holds the generated JWT secret)."""
    values: dict[str, Any] = {"database": tmp / "pyscape.db"}
    if on_postgres():
        key = tmp.resolve()
        if key not in _by_folder or _by_folder[key].rsplit("/", 1)[-1] not in _created:
            _by_folder[key] = create_database()
        values["database_url"] = _by_folder[key]
    return values


def query(location: str | Path, sql: str, params: dict[str, Any] | None = None) -> list[dict]:
    """Rows of one read on a server's database (``settings.database_location``)."""

    async def run() -> list[dict]:
        db = Database(location, readers=1)
        await db.connect()
        try:
            async with db.read() as conn:
                return await conn.fetch_all(sql, params)
        finally:
            await db.close()

    return asyncio.run(run())
