"""The database layer on both backends (``location``: a SQLite file, a PostgreSQL database):
migrations, constraints, transactions, concurrent writers and migrators, snapshots."""

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

ALL = [f"{m.version:03d}_{m.name}" for m in migrations()]
TABLES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table'",
    "postgresql": "SELECT table_name AS name FROM information_schema.tables"
    " WHERE table_schema = current_schema()",
}


def run(coroutine):
    return asyncio.run(coroutine)


async def open_db(location, readers=2) -> Database:
    db = Database(location, readers=readers)
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


def test_migrations_apply_once(location):
    async def scenario():
        db = Database(location)
        await db.connect()
        try:
            first = await migrate(db)
            second = await migrate(db)
            async with db.read() as conn:
                versions = await conn.fetch_all(
                    "SELECT version FROM schema_migrations ORDER BY version"
                )
                tables = await conn.fetch_all(TABLES[db.dialect])
        finally:
            await db.close()
        return first, second, [r["version"] for r in versions], {r["name"] for r in tables}

    first, second, versions, tables = run(scenario())
    assert first == ALL and second == []
    assert versions == [m.version for m in migrations()]
    assert {"users", "sessions", "problems", "submissions", "progress", "xp_awards"} <= tables
    assert {"duels", "duel_players", "problem_tags", "problem_languages"} <= tables


def test_sqlite_files_use_wal(tmp_path):
    path = tmp_path / "db.sqlite"

    async def scenario():
        db = await open_db(path)
        await db.close()

    run(scenario())
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_servers_migrating_at_once_apply_each_migration_once(location):
    async def scenario():
        first, second = Database(location), Database(location)
        await first.connect()
        await second.connect()
        try:
            applied = await asyncio.gather(migrate(first), migrate(second))
            async with first.read() as conn:
                count = await conn.fetch_value("SELECT COUNT(*) FROM schema_migrations")
        finally:
            await first.close()
            await second.close()
        return applied, count

    (a, b), count = run(scenario())
    assert sorted(a + b) == ALL and not set(a) & set(b)
    assert count == len(ALL)


def test_constraints_and_rollback(location):
    async def scenario():
        db = await open_db(location)
        try:
            with pytest.raises(ConstraintError):  # foreign key
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
            twin = a_user("twin")
            with pytest.raises(ConstraintError):  # unique lower(username)
                async with db.transaction() as conn:
                    await users.insert_user(conn, twin)
                    await users.insert_user(conn, a_user("TWIN"))
            async with db.read() as conn:  # the whole transaction was rolled back
                assert await users.get_user(conn, twin.id) is None
            async with db.transaction() as conn:  # and the writer works on
                await users.insert_user(conn, twin)
            with pytest.raises(DatabaseError, match="no_such_table"):
                async with db.read() as conn:
                    await conn.fetch_all("SELECT * FROM no_such_table")
        finally:
            await db.close()

    run(scenario())


def test_concurrent_writers_in_two_processes_lose_nothing(location):
    """Two Database objects (as two server processes would) award XP at once."""

    async def scenario():
        first = await open_db(location)
        second = await open_db(location)
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


def test_read_modify_write_is_serialized_across_processes(location):
    """Each writer reads a counter and writes it back plus one: no update is lost."""

    async def scenario():
        dbs = [await open_db(location) for _ in range(3)]
        user = a_user("counter")
        async with dbs[0].transaction() as conn:
            await users.insert_user(conn, user)

        async def bump(db):
            async with db.transaction() as conn:
                xp = await conn.fetch_value(
                    "SELECT xp_total FROM users WHERE id = :id", {"id": user.id}
                )
                await asyncio.sleep(0)  # let the other writers try to get in
                await conn.execute(
                    "UPDATE users SET xp_total = :xp WHERE id = :id", {"xp": xp + 1, "id": user.id}
                )

        await asyncio.gather(*(bump(dbs[n % 3]) for n in range(60)))
        async with dbs[0].read() as conn:
            total = (await users.get_user(conn, user.id)).xp_total
        for db in dbs:
            await db.close()
        return total

    assert run(scenario()) == 60


def test_reads_see_one_snapshot_while_writing(location):
    async def scenario():
        db = await open_db(location)
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


def test_closed_database_refuses_work(location):
    async def scenario():
        db = Database(location)
        with pytest.raises(DatabaseError, match="not open"):
            async with db.read():
                pass
        await db.connect()
        await db.close()
        with pytest.raises(DatabaseError, match="not open"):
            async with db.transaction():
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
