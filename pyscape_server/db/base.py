"""What every backend shares: the errors, the :class:`Connection` the queries use, the
:class:`Backend` protocol, and the splitting of migration files into statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

Params = Mapping[str, Any] | None


class DatabaseError(Exception):
    """The database refused a statement."""


class ConstraintError(DatabaseError):
    """A UNIQUE, FOREIGN KEY, NOT NULL or CHECK constraint was violated."""


class Connection:
    """The only database API the queries use: fetch rows as dicts, execute statements.

    A backend implements :meth:`fetch_all`, :meth:`execute` and :meth:`execute_many`.
    """

    async def fetch_all(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    async def execute(self, sql: str, params: Params = None) -> int:
        """Run one statement; return the number of rows it changed."""
        raise NotImplementedError

    async def execute_many(self, sql: str, params: list[Mapping[str, Any]]) -> None:
        raise NotImplementedError

    async def fetch_one(self, sql: str, params: Params = None) -> dict[str, Any] | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def fetch_value(self, sql: str, params: Params = None) -> Any:
        row = await self.fetch_one(sql, params)
        return None if row is None else next(iter(row.values()))


class Backend(Protocol):
    """One kind of database (SQLite file, PostgreSQL server) behind :class:`Database`."""

    #: ``sqlite`` or ``postgresql``
    dialect: str

    async def connect(self) -> None: ...

    async def close(self) -> None: ...

    def transaction(self) -> AbstractAsyncContextManager[Connection]: ...

    def read(self) -> AbstractAsyncContextManager[Connection]: ...


def shorten(sql: str) -> str:
    """A statement on one line, cut to 200 characters, for error messages."""
    return " ".join(sql.split())[:200]


def split_statements(sql: str) -> list[str]:
    """Split a migration file into statements (triggers and quoted ``;`` included)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip().strip(";").strip():
                statements.append(current.strip())
            current = ""
    leftover = [ln for ln in current.splitlines() if ln.strip() and not ln.strip().startswith("--")]
    if leftover:
        raise DatabaseError(f"incomplete SQL statement at the end: {current.strip()[:80]}")
    return statements
