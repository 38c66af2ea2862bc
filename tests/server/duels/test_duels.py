"""GET /api/duels/stats and /api/leaderboard, read from duels recorded in the database."""

from __future__ import annotations

import asyncio
import uuid

from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.db.duels import PlayerResult
from pyscape_server.duels.service import streaks
from tests.server.conftest import assert_basic_error


def record_duels(database, results):
    """Store finished duels: ``results`` is a list of (winner, loser) users or (a, b, "draw")."""

    async def store():
        db = Database(database, readers=1)
        await db.connect()
        try:
            for n, result in enumerate(results):
                a, b = result[0], result[1]
                draw = len(result) == 3
                outcome_a, outcome_b = ("draw", "draw") if draw else ("win", "loss")
                async with db.transaction() as conn:
                    await queries.insert_finished(
                        conn,
                        duel_id=str(uuid.uuid4()),
                        problem_id=None,
                        language="python",
                        difficulty="easy",
                        time_limit_seconds=900,
                        winner_id=None if draw else a.id,
                        started_at=f"2025-01-01T00:{n:02d}:00.000000Z",
                        finished_at=f"2025-01-01T00:{n:02d}:30.000000Z",
                        players=[
                            PlayerResult(user_id=a.id, seat=1, outcome=outcome_a, passed_tests=5),
                            PlayerResult(user_id=b.id, seat=2, outcome=outcome_b, passed_tests=3),
                        ],
                    )
        finally:
            await db.close()

    asyncio.run(store())


def test_stats_and_leaderboard(server, new_user):
    before = new_user().client.get("/api/leaderboard", params={"limit": 100}).json()["total"]
    ann, bob, cid = new_user("duelist"), new_user("duelist"), new_user("duelist")
    empty = cid.client.get("/api/duels/stats").json()
    assert empty == {
        "total_duels": 0,
        "wins": 0,
        "losses": 0,
        "draws": 0,
        "win_rate": 0.0,
        "current_streak": 0,
        "best_streak": 0,
        "rank": before + 1,  # after every player with a duel
        "rating": 1000,
    }
    record_duels(
        server.settings.database_location,
        [
            (ann, bob),
            (ann, bob),
            (bob, ann),
            (ann, cid),
            (ann, cid),
            (ann, bob),
            (bob, cid, "draw"),
        ],
    )
    stats = ann.client.get("/api/duels/stats").json()
    assert stats["total_duels"] == 6 and stats["wins"] == 5 and stats["losses"] == 1
    assert stats["win_rate"] == round(5 / 6, 4)
    assert stats["current_streak"] == 3 and stats["best_streak"] == 3
    bob_stats = bob.client.get("/api/duels/stats").json()
    assert (bob_stats["wins"], bob_stats["losses"], bob_stats["draws"]) == (1, 3, 1)
    assert bob_stats["current_streak"] == 0 and bob_stats["best_streak"] == 1

    board = ann.client.get("/api/leaderboard", params={"limit": 100}).json()
    assert board["total"] == before + 3
    mine = [e for e in board["leaderboard"] if e["user_id"] in (ann.id, bob.id, cid.id)]
    assert [e["username"] for e in mine] == [ann.username, bob.username, cid.username]
    assert mine[0]["wins"] == 5 and mine[0]["win_rate"] == round(5 / 6, 4)
    assert mine[0]["rank"] < mine[1]["rank"] < mine[2]["rank"]
    assert stats["rank"] == mine[0]["rank"]
    assert set(mine[0]) == {
        "rank",
        "user_id",
        "username",
        "level",
        "wins",
        "losses",
        "draws",
        "total_duels",
        "win_rate",
        "rating",
    }
    page = ann.client.get("/api/leaderboard", params={"limit": 1}).json()
    assert len(page["leaderboard"]) == 1 and page["has_more"] is (board["total"] > 1)


def test_errors(server, new_user, api):
    assert_basic_error(api.get("/api/duels/stats"), 401, "UNAUTHORIZED")
    assert_basic_error(api.get("/api/leaderboard"), 401, "UNAUTHORIZED")
    user = new_user()
    assert_basic_error(
        user.client.get("/api/leaderboard", params={"offset": -1}), 400, "INVALID_INPUT"
    )


def test_streaks():
    assert streaks([]) == (0, 0)
    assert streaks(["win", "win", "draw", "win"]) == (1, 2)
    assert streaks(["loss", "win", "win", "win"]) == (3, 3)
