"""The database layer: migrations, WAL and foreign keys, transactions, concurrent writers."""

from __future__ import annotations

import asyncio
import sqlite3
import uuid

import pytest

from pyscape_server.clock import FixedClock, timestamp
from pyscape_server.db import ConstraintError, Database, DatabaseError, migrate
from pyscape_server.db import accounts as users
from pyscape_server.db import progress as progress_queries
from pyscape_server.db.accounts import UserRecord
from pyscape_server.db.connection import split_statements
from pyscape_server.db.migrate import migrations


def run(coroutine):
    return asyncio.run(coroutine)


async def open_db(path, readers=2) -> Database:
    db = Database(path, readers=readers)
    await db.connect()
    await migrate(db)
    return db


def a_user(name: str) -> UserRecord:
    now = timestamp(FixedClock().now())
    return UserRecord(
        id=str(uuid.uuid4()),
        email=f"{name}@example.com",
        username=name,
        password_hash=None,
        provider="local",
        avatar_url=None,
        interests="[]",
        xp_total=0,
        created_at=now,
        updated_at=now,
    )


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "db.sqlite"

    async def scenario():
        db = Database(path)
        await db.connect()
        first = await migrate(db)
        second = await migrate(db)
        await db.close()
        return first, second

    first, second = run(scenario())
    assert first == [f"{m.version:03d}_{m.name}" for m in migrations()]
    assert second == []
    with sqlite3.connect(path) as raw:
        versions = [v for (v,) in raw.execute("SELECT version FROM schema_migrations")]
        assert versions == [m.version for m in migrations()]
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"users", "sessions", "problems", "submissions", "progress", "xp_awards"} <= tables
    assert {"duels", "duel_players", "problem_tags", "problem_languages"} <= tables


def test_foreign_keys_and_rollback(tmp_path):
    async def scenario():
        db = await open_db(tmp_path / "db.sqlite")
        try:
            with pytest.raises(ConstraintError):
                async with db.transaction() as conn:
                    await users.insert_session(
                        conn,
                        session_id="s",
                        user_id="nobody",
                        created_at="now",
                        expires_at="later",
                    )
            user = a_user("rolled_back")
            with pytest.raises(RuntimeError):
                async with db.transaction() as conn:
                    await users.insert_user(conn, user)
                    raise RuntimeError("abort")
            async with db.read() as conn:
                assert await users.get_user(conn, user.id) is None
            with pytest.raises(ConstraintError):
                async with db.transaction() as conn:
                    await users.insert_user(conn, a_user("twin"))
                    await users.insert_user(conn, a_user("TWIN"))
        finally:
            await db.close()

    run(scenario())


def test_concurrent_writers_in_two_processes_lose_nothing(tmp_path):
    """Two Database objects (as two server processes would) award XP at once."""
    path = tmp_path / "db.sqlite"

    async def scenario():
        first = await open_db(path)
        second = await open_db(path)
        user = a_user("busy")
        async with first.transaction() as conn:
            await users.insert_user(conn, user)

        async def award(db, n):
            async with db.transaction() as conn:
                await progress_queries.award_xp(
                    conn, user_id=user.id, source="lesson", subject=f"l{n % 150}", amount=1, now="t"
                )

        await asyncio.gather(*(award(first if n % 2 else second, n) for n in range(300)))
        async with first.read() as conn:
            total = (await users.get_user(conn, user.id)).xp_total
            awards = await conn.fetch_value("SELECT COUNT(*) FROM xp_awards")
        await first.close()
        await second.close()
        return total, awards

    assert run(scenario()) == (150, 150)


def test_reads_see_one_snapshot_while_writing(tmp_path):
    async def scenario():
        db = await open_db(tmp_path / "db.sqlite")
        try:
            async with db.read() as reader:
                before = await reader.fetch_value("SELECT COUNT(*) FROM users")
                async with db.transaction() as conn:
                    await users.insert_user(conn, a_user("late"))
                during = await reader.fetch_value("SELECT COUNT(*) FROM users")
            async with db.read() as reader:
                after = await reader.fetch_value("SELECT COUNT(*) FROM users")
        finally:
            await db.close()
        return before, during, after

    assert run(scenario()) == (0, 0, 1)


def test_closed_database_refuses_work(tmp_path):
    async def scenario():
        db = Database(tmp_path / "db.sqlite")
        with pytest.raises(DatabaseError):
            async with db.read():
                pass

    run(scenario())


def test_split_statements():
    sql = """
    -- a comment; with a semicolon
    CREATE TABLE a (x TEXT DEFAULT 'a;b');
    CREATE TRIGGER t AFTER INSERT ON a BEGIN
        UPDATE a SET x = 'c;d';
    END;
    -- trailing comment
    """
    statements = split_statements(sql)
    assert len(statements) == 2
    assert statements[1].rstrip().endswith("END;")
    with pytest.raises(DatabaseError):
        split_statements("CREATE TABLE b (x TEXT)")
