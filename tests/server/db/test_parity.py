"""The same queries give the same Python values on SQLite and on PostgreSQL: one scenario of
every domain's queries runs on both, and their answers must be equal (and right)."""

from __future__ import annotations

import asyncio
from typing import Any

import msgspec

from pyscape_server.db import (
    Database,
    accounts,
    duels,
    learning,
    migrate,
    portfolio,
    problems,
    progress,
    submissions,
)
from pyscape_server.db.accounts import UserRecord
from pyscape_server.db.duels import PlayerResult, Rating
from pyscape_server.db.problems import ProblemRecord
from pyscape_server.db.progress import ProgressRecord
from pyscape_server.db.submissions import SubmissionRecord
from tests.server.db.databases import create_database, drop_database

T0 = "2026-01-02T03:04:05.678901Z"
T1 = "2026-01-03T03:04:05.000000Z"
#: Titles whose order differs between byte order and most locales.
TITLES = ["apple", "Banana", "_under", "Zebra", "émigré", "a b"]


def user(n: int, name: str) -> UserRecord:
    return UserRecord(
        id=f"u{n}",
        email=f"{name.lower()}@example.com",
        username=name,
        password_hash="scrypt$x",
        provider="local",
        avatar_url=None,
        interests='["python"]',
        xp_total=0,
        created_at=T0,
        updated_at=T0,
    )


def problem(n: int, title: str) -> ProblemRecord:
    return ProblemRecord(
        id=f"p{n}",
        slug=f"slug-{n}",
        title=title,
        difficulty="easy" if n % 2 else "medium",
        mode="function",
        statement="Find it.\n\nMore.",
        summary="Find it.",
        examples='[{"input": [1], "expected": 1}]',
        starters='{"python": "class Solution: ..."}',
        tags='["array"]',
        languages='["python"]',
        total_tests=3,
        time_limit_ms=2000,
        memory_limit_mb=256,
        version=f"v{n}",
        hidden=False,
        created_at=T0,
        updated_at=T0,
    )


def submission(n: int, user_id: str, problem_id: str, status: str) -> SubmissionRecord:
    return SubmissionRecord(
        id=f"s{n}",
        user_id=user_id,
        problem_id=problem_id,
        problem_version="v",
        language="python",
        code="print('ünïcode')  # NUL \x00, U+FFFF \uffff0 \uffff1\n",
        status=status,
        passed=status == "accepted",
        tests_passed=3 if status == "accepted" else 1,
        total_tests=3,
        runtime_ms=12,
        memory_kb=16000,
        verdict=f'{{"status": "{status}"}}',
        xp_earned=0,
        rating=None,
        rated_at=None,
        created_at=f"2026-01-0{n}T00:00:00.000000Z",
    )


async def scenario(db: Database) -> dict[str, Any]:
    """Every domain's queries, writes then reads; what each returned."""
    out: dict[str, Any] = {}
    ada, bob, cy = user(1, "Ada"), user(2, "bob"), user(3, "Cy")
    async with db.transaction() as conn:
        for u in (ada, bob, cy):
            await accounts.insert_user(conn, u)
        for n, title in enumerate(TITLES):
            await problems.insert(conn, problem(n, title))
            await problems.set_labels(conn, f"p{n}", ["array", f"tag{n % 2}"], ["python", "cpp"])
        await problems.hide(conn, "p5", T1)
        await accounts.insert_session(
            conn, session_id="t1", user_id="u1", created_at=T0, expires_at=T1
        )
        await accounts.revoke_session(conn, session_id="t1", user_id="u1", provider="local", now=T1)
        await accounts.revoke_session(conn, session_id="t1", user_id="u1", provider="local", now=T0)
        await accounts.update_profile(conn, "u2", {"interests": ["go"], "avatar_url": "x"}, T1)
        for n, (who, what, status) in enumerate(
            [("u1", "p0", "accepted"), ("u1", "p1", "wrong_answer"), ("u1", "p1", "accepted")], 1
        ):
            await submissions.insert(conn, submission(n, who, what, status))
        out["rated"] = [
            await submissions.mark_rated(conn, "s1", "good", T1),
            await submissions.mark_rated(conn, "s1", "easy", T1),
        ]
        first = ProgressRecord(
            user_id="u1",
            problem_id="p0",
            times_solved=1,
            ease_factor=2.5,
            interval_days=1,
            ratings=0,
            is_mastered=False,
            next_review_date="2026-01-03",
            last_rating=None,
            first_solved_at=T0,
            last_solved_at=T0,
            updated_at=T0,
        )
        await progress.record_solve(conn, first)
        again = await progress.record_solve(conn, msgspec.structs.replace(first, updated_at=T1))
        out["solve"] = again
        await progress.record_solve(conn, msgspec.structs.replace(first, problem_id="p1"))
        await progress.save_schedule(
            conn, msgspec.structs.replace(again, ease_factor=2.36, is_mastered=True)
        )
        out["xp"] = [
            await progress.award_xp(
                conn, user_id="u1", source="problem", subject="p0", amount=100, now=T0
            ),
            await progress.award_xp(
                conn, user_id="u1", source="problem", subject="p0", amount=100, now=T0
            ),
        ]
        await duels.insert_finished(
            conn,
            duel_id="d1",
            problem_id="p0",
            language="python",
            difficulty="easy",
            time_limit_seconds=900,
            winner_id="u1",
            started_at=T0,
            finished_at=T1,
            players=[
                PlayerResult(user_id="u1", seat=1, outcome="win", passed_tests=3, time_seconds=4),
                PlayerResult(user_id="u2", seat=2, outcome="loss", passed_tests=1),
            ],
        )
        await duels.insert_active(
            conn,
            duel_id="d2",
            problem_id="p1",
            language="python",
            difficulty="easy",
            time_limit_seconds=600,
            created_at=T0,
            started_at=T0,
            user_ids=["u2", "u3"],
        )
        await duels.save_best(
            conn, duel_id="d2", user_id="u3", passed_tests=2, total_tests=3, time_seconds=1.5
        )
        await duels.save_rating(conn, "u1", Rating(mu=27.5, sigma=7.9), T0)
        await duels.save_rating(conn, "u1", Rating(mu=28.25, sigma=7.5), T1)
        await learning.record_completion(
            conn, user_id="u1", lesson_id="l1", score=2, total=3, now=T0
        )
        await learning.record_completion(
            conn, user_id="u1", lesson_id="l1", score=1, total=3, now=T1
        )
    async with db.read() as conn:
        out["user"] = await accounts.get_user(conn, "u2")
        out["by_email"] = await accounts.find_user_by_email(conn, "ada@example.com")
        out["taken"] = [
            await accounts.username_taken(conn, "ADA"),
            await accounts.username_taken(conn, "ada", other_than="u1"),
            await accounts.email_taken(conn, "bob@example.com"),
        ]
        out["session"] = await accounts.get_session(conn, "t1")
        out["index"] = await problems.index(conn)
        out["hidden"] = [
            await problems.get(conn, "slug-5"),
            await problems.get(conn, "slug-5", include_hidden=True),
        ]
        out["search"] = await problems.search(
            conn, difficulty=None, language="cpp", tags=["array"], limit=10, offset=0
        )
        out["search_tag"] = await problems.search(
            conn, difficulty="easy", language=None, tags=["tag1"], limit=2, offset=1
        )
        out["submission"] = await submissions.get(conn, "s1")
        out["history"] = await submissions.history(conn, "u1", problem_id=None, limit=2, offset=0)
        out["progress"] = await progress.get(conn, "u1", "p0")
        out["due"] = await progress.due(conn, "u1", today="2026-01-05", limit=10, offset=0)
        out["outcomes"] = await duels.outcomes(conn, "u1")
        out["standing"] = await duels.standing(conn, "u2")
        out["leaderboard"] = await duels.leaderboard(conn, limit=10, offset=0)
        out["ratings"] = await duels.ratings(conn, ["u1", "u2"])
        out["duel_problems"] = await duels.duel_problems(
            conn, difficulty="easy", language="python", user_ids=["u1", "u2"]
        )
        out["active"] = await duels.active(conn)
        out["is_active"] = [await duels.is_active(conn, "d1"), await duels.is_active(conn, "d2")]
        out["lessons"] = await learning.finished_lessons(conn, "u1")
        out["lesson_row"] = await conn.fetch_one("SELECT * FROM lesson_completions")
        out["practice"] = await learning.practice_problems(conn, ["tag0", "tag1"], limit=4)
        out["user_xp"] = await learning.user_xp(conn, "u1")
        out["solved"] = [
            await portfolio.solved_by_difficulty(conn, "u1"),
            await portfolio.solved_by_language(conn, "u1"),
            await portfolio.solved_tags(conn, "u1", limit=5),
        ]
    return out


async def run_on(location: Any) -> dict[str, Any]:
    db = Database(location, readers=2)
    await db.connect()
    try:
        await migrate(db)
        return await scenario(db)
    finally:
        await db.close()


def typed(value: Any) -> Any:
    """``value`` with each leaf paired with its type (``True == 1`` and ``1 == 1.0``, but a
    bool must stay a bool and a float a float)."""
    value = msgspec.to_builtins(value)
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def test_sqlite_and_postgres_answer_alike(tmp_path):
    url = create_database()
    try:
        on_sqlite = asyncio.run(run_on(tmp_path / "db.sqlite"))
        on_postgres = asyncio.run(run_on(url))
    finally:
        drop_database(url)
    for key in on_sqlite:
        assert on_postgres[key] == on_sqlite[key], key
        assert typed(on_postgres[key]) == typed(on_sqlite[key]), key

    found, total = on_sqlite["search"]
    # easy first, then titles in byte order (as SQLite compares them)
    assert [p.title for p in found] == ["Banana", "Zebra", "_under", "apple", "émigré"]
    assert total == 5 and found[0].hidden is False
    assert on_sqlite["rated"] == [True, False] and on_sqlite["xp"] == [True, False]
    assert on_sqlite["solve"].times_solved == 2 and on_sqlite["solve"].updated_at == T1
    assert on_sqlite["progress"].is_mastered is True
    assert on_sqlite["progress"].ease_factor == 2.36
    assert on_sqlite["taken"] == [True, False, True]
    assert on_sqlite["session"].revoked_at == T1
    assert on_sqlite["hidden"][0] is None and on_sqlite["hidden"][1].hidden is True
    assert on_sqlite["ratings"] == {"u1": Rating(mu=28.25, sigma=7.5)}
    assert on_sqlite["lesson_row"]["best_score"] == 2 and on_sqlite["lesson_row"]["attempts"] == 2
    assert on_sqlite["is_active"] == [False, True]
    assert on_sqlite["standing"].losses == 1 and on_sqlite["leaderboard"][1] == 2
    assert on_sqlite["user_xp"] == 100
    assert on_postgres["submission"].code == submission(1, "u1", "p0", "accepted").code
