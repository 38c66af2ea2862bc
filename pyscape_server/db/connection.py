"""The server's database: a SQLite file (the default) or PostgreSQL, behind one API.

``Database(location)`` opens a SQLite file for a path and PostgreSQL for a ``postgresql://``
URL; both backends give the same :class:`Connection` (``fetch_all``, ``fetch_one``,
``fetch_value``, ``execute``, ``execute_many``), the same :class:`ConstraintError`, and the same
discipline: every write in :meth:`Database.transaction` (one writing transaction at a time,
across processes too), every read in :meth:`Database.read` (one snapshot).
``sqlite.py`` and ``postgres.py`` say how each backend keeps it.

SQL statements elsewhere in ``pyscape_server/db`` are portable (named ``:param`` markers,
``ON CONFLICT``, ``RETURNING``, TEXT ids and timestamps, TRUE/FALSE); everything specific to one
database lives in its backend module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from pyscape_server.db.base import (
    Backend,
    Connection,
    ConstraintError,
    DatabaseError,
    Params,
    split_statements,
)
from pyscape_server.db.postgres import PostgresBackend, is_url
from pyscape_server.db.sqlite import SqliteBackend

__all__ = [
    "Connection",
    "ConstraintError",
    "Database",
    "DatabaseError",
    "Params",
    "split_statements",
]


class Database:
    """A database opened for the server: a SQLite file path, or a ``postgresql://`` URL."""

    def __init__(self, location: str | Path, *, readers: int = 4) -> None:
        self.backend: Backend = (
            PostgresBackend(str(location), readers=readers)
            if is_url(location)
            else SqliteBackend(location, readers=readers)
        )

    def __str__(self) -> str:
        """The file, or the URL without its password."""
        return str(self.backend)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.backend.dialect

    async def connect(self) -> None:
        """Open the connections (the SQLite file is created with its folder)."""
        await self.backend.connect()

    async def close(self) -> None:
        """Close every connection (after the last transaction ended)."""
        await self.backend.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """A write transaction: committed at the end of the block, rolled back on any error."""
        async with self.backend.transaction() as conn:
            yield conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Connection]:
        """A read transaction: every query sees the same snapshot."""
        async with self.backend.read() as conn:
            yield conn

    async def script(self, statements: list[str]) -> None:
        """Run ``statements`` in one write transaction (migrations)."""
        async with self.transaction() as conn:
            for statement in statements:
                await conn.execute(statement)
