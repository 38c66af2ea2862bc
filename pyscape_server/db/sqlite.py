"""The SQLite backend: one writer connection, a few readers, WAL, foreign keys on.

The discipline that keeps concurrent writers safe:

* Every write happens in :meth:`SqliteBackend.transaction`: the single writer connection, taken
  under an ``asyncio.Lock`` (one writing transaction at a time in this process), inside
  ``BEGIN IMMEDIATE`` (the database's write lock taken up front, so another process waits up to
  ``busy_timeout`` instead of failing half-way), committed on success, rolled back on any error.
  A transaction is short: no judging, hashing or network inside one.
* Reads use :meth:`SqliteBackend.read`: a pool of reader connections, each read in its own
  deferred transaction, so a page and its total come from one snapshot. WAL lets readers and the
  writer work at the same time.
* ``synchronous=FULL``: a transaction is on disk when COMMIT returns, and a response is only
  sent after its COMMIT, so killing the process between two requests loses nothing.

Everything SQLite-specific (PRAGMAs, ``BEGIN IMMEDIATE``, sqlite3 errors) lives in this module.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from pyscape_server.db.base import Connection, ConstraintError, DatabaseError, Params, shorten

log = logging.getLogger(__name__)

PRAGMAS = (
    "PRAGMA busy_timeout = 10000",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
)


class SqliteConnection(Connection):
    def __init__(self, raw: aiosqlite.Connection) -> None:
        self._raw = raw

    async def fetch_all(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        try:
            async with self._raw.execute(sql, params or {}) as cursor:
                rows = await cursor.fetchall()
                names = [d[0] for d in cursor.description or ()]
        except sqlite3.IntegrityError as e:
            raise ConstraintError(str(e)) from e
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"{e} (in: {shorten(sql)})") from e
        return [dict(zip(names, row, strict=True)) for row in rows]

    async def execute(self, sql: str, params: Params = None) -> int:
        try:
            async with self._raw.execute(sql, params or {}) as cursor:
                return cursor.rowcount
        except sqlite3.IntegrityError as e:
            raise ConstraintError(str(e)) from e
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"{e} (in: {shorten(sql)})") from e

    async def execute_many(self, sql: str, params: list[Mapping[str, Any]]) -> None:
        try:
            await self._raw.executemany(sql, params)
        except sqlite3.IntegrityError as e:
            raise ConstraintError(str(e)) from e


class SqliteBackend:
    """A SQLite database file opened for the server (see the module's docstring)."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, *, readers: int = 4) -> None:
        self.path = Path(path)
        self.readers = readers
        self._writer: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()
        self._pool: asyncio.Queue[aiosqlite.Connection] | None = None
        self._all: list[aiosqlite.Connection] = []

    def __str__(self) -> str:
        return str(self.path)

    async def connect(self) -> None:
        """Open the writer and the readers; switch the file to WAL."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._writer = await self._open()
            mode = await SqliteConnection(self._writer).fetch_value("PRAGMA journal_mode = WAL")
            if str(mode).lower() != "wal":
                raise DatabaseError(f"{self.path}: cannot use WAL (journal mode is {mode})")
            self._pool = asyncio.Queue()
            for _ in range(self.readers):
                self._pool.put_nowait(await self._open())
        except BaseException:
            await self.close()
            raise
        log.info("database %s open (WAL, %d readers)", self.path, self.readers)

    async def _open(self) -> aiosqlite.Connection:
        raw = await aiosqlite.connect(self.path, isolation_level=None)
        for pragma in PRAGMAS:
            await SqliteConnection(raw).execute(pragma)
        self._all.append(raw)
        return raw

    async def close(self) -> None:
        """Close every connection (after the last transaction ended)."""
        async with self._write_lock:
            for raw in self._all:
                await raw.close()
            self._all.clear()
            self._writer = None
            self._pool = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """The writer, inside ``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error)."""
        async with self._write_lock:
            if self._writer is None:
                raise DatabaseError("the database is not open")
            raw = self._writer
            await raw.execute("BEGIN IMMEDIATE")
            try:
                yield SqliteConnection(raw)
            except BaseException:
                await raw.execute("ROLLBACK")
                raise
            await raw.execute("COMMIT")

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Connection]:
        """A reader inside one read transaction: every query sees the same snapshot."""
        if self._pool is None:
            raise DatabaseError("the database is not open")
        pool = self._pool
        raw = await pool.get()
        try:
            await raw.execute("BEGIN")
            try:
                yield SqliteConnection(raw)
            finally:
                await raw.execute("COMMIT")
        finally:
            pool.put_nowait(raw)
