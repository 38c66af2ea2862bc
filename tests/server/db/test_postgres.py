"""What only the PostgreSQL backend does: ``:name`` to ``$n``, the write lock across processes,
URLs kept out of logs, clear errors when the server is not there."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyscape_server.db import Database, DatabaseError, migrate
from pyscape_server.db.postgres import WRITE_LOCK, escape, redact, translate, unescape
from pyscape_server.settings import Settings
from tests.server.db.databases import create_database, drop_database

NAMES = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)


def test_markers_become_numbered_parameters():
    sql = (
        "SELECT ':skip', \"odd:col\", x::text, y -- :comment\n"
        "FROM t /* :block */ WHERE a = :a AND b = :b OR a2 = :a AND s = 'it''s :c'"
    )
    text, names = translate(sql)
    assert names == ("a", "b")
    assert text == (
        "SELECT ':skip', \"odd:col\", x::text, y -- :comment\n"
        "FROM t /* :block */ WHERE a = $1 AND b = $2 OR a2 = $1 AND s = 'it''s :c'"
    )


@given(st.lists(NAMES, min_size=1, max_size=12))
def test_every_marker_gets_the_number_of_its_first_use(names):
    text, order = translate(" + ".join(f":{n}" for n in names))
    assert list(order) == list(dict.fromkeys(names))
    numbers = [int(n) for n in re.findall(r"\$(\d+)", text)]
    assert numbers == [order.index(n) + 1 for n in names]


@given(st.text(alphabet=st.sampled_from("a\x00\uffff01")) | st.text())
def test_text_with_nul_is_stored_escaped_and_read_back_unchanged(text):
    stored = escape(text)
    assert "\x00" not in stored
    assert unescape(stored) == text
    assert (stored == text) == ("\x00" not in text and "\uffff" not in text)


def test_urls_keep_their_password_out_of_logs():
    url = "postgresql://pyscape:s3cret@db.test:5432/pyscape"
    assert redact(url) == "postgresql://pyscape:***@db.test:5432/pyscape"
    assert "s3cret" not in str(Database(url))
    assert Database(url).dialect == "postgresql"
    assert Database(Path("x.db")).dialect == "sqlite"
    assert Settings().database_location == Path("pyscape.db")
    assert Settings(database_url=url).database_location == url


def test_an_unreachable_server_is_a_clear_error():
    async def scenario():
        db = Database("postgresql://pyscape:s3cret@127.0.0.1:9/pyscape")
        with pytest.raises(DatabaseError, match="cannot open the database") as error:
            await db.connect()
        return str(error.value)

    message = asyncio.run(scenario())
    assert "127.0.0.1:9/pyscape" in message and "s3cret" not in message


@pytest.fixture
def url():
    found = create_database()
    yield found
    drop_database(found)


def test_values_are_typed_as_on_sqlite_and_missing_ones_are_named(url):
    async def scenario():
        db = Database(url, readers=1)
        await db.connect()
        try:
            await migrate(db)
            async with db.read() as conn:
                row = await conn.fetch_one(
                    "SELECT :n + 1 AS n, :text AS text, CAST(:flag AS BOOLEAN) AS flag,"
                    " COUNT(*) AS zero FROM users WHERE id = :text",
                    {"n": 41, "text": "x", "flag": True, "unused": object()},
                )
                with pytest.raises(DatabaseError, match=":absent"):
                    await conn.fetch_all("SELECT :absent AS a", {})
            async with db.transaction() as conn:
                changed = await conn.execute("UPDATE users SET xp_total = 1")
        finally:
            await db.close()
        return row, changed

    row, changed = asyncio.run(scenario())
    assert row == {"n": 42, "text": "x", "flag": True, "zero": 0} and changed == 0


def test_a_second_process_waits_for_the_write_lock(url):
    """While one server's transaction is open, another's waits on the advisory lock."""

    async def scenario():
        first, second, watcher = (Database(url, readers=1) for _ in range(3))
        for db in (first, second, watcher):
            await db.connect()
        await migrate(first)
        locks = (
            "SELECT granted FROM pg_locks WHERE locktype = 'advisory'"
            " AND objid = :key AND database = (SELECT oid FROM pg_database"
            " WHERE datname = current_database()) ORDER BY granted DESC"
        )
        entered: list[str] = []

        async def write(db, name):
            async with db.transaction() as conn:
                entered.append(name)
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at)"
                    " VALUES (:v, :name, 't')",
                    {"v": 100 + len(entered), "name": name},
                )

        try:
            async with first.transaction():
                waiting = asyncio.create_task(write(second, "second"))
                while True:  # until the second process queues for the lock
                    async with watcher.read() as conn:
                        seen = [
                            r["granted"] for r in await conn.fetch_all(locks, {"key": WRITE_LOCK})
                        ]
                    if seen == [True, False]:
                        break
                    await asyncio.sleep(0.01)
                assert entered == []
            await waiting
        finally:
            for db in (first, second, watcher):
                await db.close()
        return entered

    assert asyncio.run(scenario()) == ["second"]
