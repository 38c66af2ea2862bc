"""The PostgreSQL backend (asyncpg): the same API and the same behaviour as the SQLite one.

* Writes: one writer connection per process (a pool of one: a transaction at a time in this
  process), and every write transaction takes the same transaction-level advisory lock first,
  so writes are serialized across every server process sharing the database, as SQLite's
  ``BEGIN IMMEDIATE`` serializes them. Read-then-write rules (XP once, SM-2 schedules, duel
  results) keep working unchanged, migrations included: two servers starting at once apply each
  migration once, the second waiting for the first. Writes are short, so the lock is cheap.
* Reads: a pool of reader connections, each read in a ``REPEATABLE READ READ ONLY``
  transaction, so a page and its total come from one snapshot.
* Statements are the portable SQL of the query modules: ``:name`` markers become ``$n``
  (:func:`translate`; quoted text, comments and ``::`` casts are left alone). PostgreSQL infers
  each parameter's type from its context: a marker with none (``SELECT :x``) is text, so CAST
  it. The migrations need no translation.
* PostgreSQL text cannot hold NUL characters, SQLite's can (a submission's code may have one):
  text parameters are stored with NUL as U+FFFF ``0`` (and U+FFFF itself as U+FFFF ``1``), and
  read back as they were sent (:func:`escape`, :func:`unescape`).
* A statement that fails aborts its transaction (unlike SQLite): catch :class:`ConstraintError`
  only to leave the transaction.
* Text sorts by the database's collation: create it with ``LC_COLLATE 'C'`` (as
  ``scripts/postgres-up.sh`` does) to sort exactly as SQLite does; a warning says otherwise.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from pyscape_server.db.base import Connection, ConstraintError, DatabaseError, Params, shorten

log = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres")
#: Key of the advisory lock every write transaction holds ("PYSC").
WRITE_LOCK = 0x50595343
#: Session settings: wait for another process's write lock as long as SQLite's busy_timeout,
#: and end a transaction left open by a frozen process.
SERVER_SETTINGS = {
    "application_name": "pyscape-server",
    "lock_timeout": "10s",
    "idle_in_transaction_session_timeout": "60s",
}

#: How NUL (which PostgreSQL text refuses) and the escape character itself are stored.
_ESCAPE = "\uffff"
_ESCAPED = re.compile(_ESCAPE + "([01])")
_TOKENS = re.compile(
    r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|::|:([A-Za-z_][A-Za-z0-9_]*)""",
    re.DOTALL,
)


def is_url(location: object) -> bool:
    """Whether ``location`` is a PostgreSQL URL (anything else is a SQLite file)."""
    return isinstance(location, str) and urlsplit(location).scheme in SCHEMES


def redact(url: str) -> str:
    """The URL without its password, for logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> tuple[str, tuple[str, ...]]:
    """``:name`` markers to ``$n``: the statement, and the parameter names in ``$n`` order."""
    names: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)
        if name not in names:
            names.append(name)
        return f"${names.index(name) + 1}"

    return _TOKENS.sub(replace, sql), tuple(names)


def escape(value: Any) -> Any:
    """A text parameter as stored: NUL and U+FFFF escaped (other values unchanged)."""
    if isinstance(value, str) and ("\x00" in value or _ESCAPE in value):
        return value.replace(_ESCAPE, _ESCAPE + "1").replace("\x00", _ESCAPE + "0")
    return value


def unescape(value: Any) -> Any:
    """A stored value as it was sent (the inverse of :func:`escape`)."""
    if isinstance(value, str) and _ESCAPE in value:
        return _ESCAPED.sub(lambda m: "\x00" if m.group(1) == "0" else _ESCAPE, value)
    return value


def _arguments(names: tuple[str, ...], params: Params) -> list[Any]:
    params = params or {}
    missing = [name for name in names if name not in params]
    if missing:
        raise DatabaseError(f"no value for {', '.join(':' + n for n in missing)}")
    return [escape(params[name]) for name in names]


def _rowcount(status: str) -> int:
    """Rows changed, from a command status such as ``INSERT 0 1`` or ``UPDATE 3``."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else -1


@contextmanager
def _errors(sql: str) -> Iterator[None]:
    try:
        yield
    except asyncpg.IntegrityConstraintViolationError as e:
        raise ConstraintError(str(e)) from e
    except (asyncpg.PostgresError, asyncpg.InterfaceError) as e:
        raise DatabaseError(f"{e} (in: {shorten(sql)})") from e


class PostgresConnection(Connection):
    def __init__(self, raw: asyncpg.Connection) -> None:
        self._raw = raw

    async def fetch_all(self, sql: str, params: Params = None) -> list[dict[str, Any]]:
        text, names = translate(sql)
        with _errors(sql):
            records = await self._raw.fetch(text, *_arguments(names, params))
        return [{key: unescape(value) for key, value in record.items()} for record in records]

    async def execute(self, sql: str, params: Params = None) -> int:
        text, names = translate(sql)
        with _errors(sql):
            status = await self._raw.execute(text, *_arguments(names, params))
        return _rowcount(status)

    async def execute_many(self, sql: str, params: list[Mapping[str, Any]]) -> None:
        text, names = translate(sql)
        with _errors(sql):
            await self._raw.executemany(text, [_arguments(names, p) for p in params])


class PostgresBackend:
    """A PostgreSQL database opened for the server (see the module's docstring)."""

    dialect = "postgresql"

    def __init__(self, url: str, *, readers: int = 4) -> None:
        if not is_url(url):
            raise DatabaseError(f"not a PostgreSQL URL: {redact(url)}")
        self.url = url
        self.readers = readers
        self._writer: asyncpg.Pool | None = None
        self._readers: asyncpg.Pool | None = None

    def __str__(self) -> str:
        return redact(self.url)

    async def connect(self) -> None:
        """Open the writer and the readers."""
        try:
            self._writer = await self._pool(1)
            self._readers = await self._pool(self.readers)
            async with self._readers.acquire() as raw:
                collation = await raw.fetchval(
                    "SELECT datcollate FROM pg_database WHERE datname = current_database()"
                )
        except BaseException as e:
            await self.close()
            if isinstance(e, OSError | asyncpg.PostgresError | asyncpg.InterfaceError):
                raise DatabaseError(f"cannot open the database {self}: {e}") from e
            raise
        if collation not in ("C", "POSIX"):
            log.warning(
                "database %s sorts text by collation %s, not as SQLite does: create it with"
                " LC_COLLATE 'C' (TEMPLATE template0) for the same order",
                self,
                collation,
            )
        log.info("database %s open (PostgreSQL, %d readers)", self, self.readers)

    async def _pool(self, size: int) -> asyncpg.Pool:
        return await asyncpg.create_pool(
            self.url, min_size=size, max_size=size, server_settings=SERVER_SETTINGS
        )

    async def close(self) -> None:
        """Close every connection (after the last transaction ended)."""
        pools = [p for p in (self._writer, self._readers) if p is not None]
        self._writer = self._readers = None
        for pool in pools:
            await pool.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """The writer, in a transaction holding the write lock (rolled back on error)."""
        if self._writer is None:
            raise DatabaseError("the database is not open")
        async with self._writer.acquire() as raw, raw.transaction():
            with _errors("SELECT pg_advisory_xact_lock(...)"):
                await raw.execute("SELECT pg_advisory_xact_lock($1)", WRITE_LOCK)
            yield PostgresConnection(raw)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Connection]:
        """A reader inside one read-only transaction: every query sees the same snapshot."""
        if self._readers is None:
            raise DatabaseError("the database is not open")
        async with (
            self._readers.acquire() as raw,
            raw.transaction(isolation="repeatable_read", readonly=True),
        ):
            yield PostgresConnection(raw)
