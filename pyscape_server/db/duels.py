"""Queries of finished duels: a player's results and the leaderboard.

The duel engine (WebSocket) writes ``duels`` and ``duel_players``; these queries only read.
"""

from __future__ import annotations

from typing import Any

import msgspec

from pyscape_server.db.connection import Connection
from pyscape_server.db.records import to_records

#: Players with at least one finished duel, ranked: most wins first, then best win rate.
_RANKED = """
WITH totals AS (
    SELECT dp.user_id,
           SUM(CASE WHEN dp.outcome = 'win' THEN 1 ELSE 0 END) AS wins,
           SUM(CASE WHEN dp.outcome = 'loss' THEN 1 ELSE 0 END) AS losses,
           SUM(CASE WHEN dp.outcome = 'draw' THEN 1 ELSE 0 END) AS draws,
           COUNT(*) AS total
    FROM duel_players dp JOIN duels d ON d.id = dp.duel_id
    WHERE d.status = 'finished' AND dp.outcome IS NOT NULL
    GROUP BY dp.user_id
),
ranked AS (
    SELECT t.user_id, u.username, u.xp_total, t.wins, t.losses, t.draws, t.total,
           RANK() OVER (ORDER BY t.wins DESC, t.wins * 1.0 / t.total DESC) AS rank
    FROM totals t JOIN users u ON u.id = t.user_id
)
"""


class Standing(msgspec.Struct, kw_only=True):
    user_id: str
    username: str
    xp_total: int
    wins: int
    losses: int
    draws: int
    total: int
    rank: int


async def outcomes(conn: Connection, user_id: str) -> list[str]:
    """The user's finished duels' outcomes (``win``, ``loss``, ``draw``), oldest first."""
    rows = await conn.fetch_all(
        "SELECT dp.outcome FROM duel_players dp JOIN duels d ON d.id = dp.duel_id"
        " WHERE dp.user_id = :user_id AND d.status = 'finished' AND dp.outcome IS NOT NULL"
        " ORDER BY d.finished_at, d.id",
        {"user_id": user_id},
    )
    return [row["outcome"] for row in rows]


async def standing(conn: Connection, user_id: str) -> Standing | None:
    rows = await conn.fetch_all(
        f"{_RANKED} SELECT * FROM ranked WHERE user_id = :user_id", {"user_id": user_id}
    )
    found = to_records(rows, Standing)
    return found[0] if found else None


async def leaderboard(conn: Connection, *, limit: int, offset: int) -> tuple[list[Standing], int]:
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    rows = await conn.fetch_all(
        f"{_RANKED} SELECT * FROM ranked ORDER BY rank, username LIMIT :limit OFFSET :offset",
        params,
    )
    total = await conn.fetch_value(f"{_RANKED} SELECT COUNT(*) FROM ranked")
    return to_records(rows, Standing), int(total)


class PlayerResult(msgspec.Struct, kw_only=True):
    """One player's end of a finished duel."""

    user_id: str
    seat: int
    outcome: str
    passed_tests: int = 0
    total_tests: int = 0
    time_seconds: float | None = None
    xp_earned: int = 0


async def insert_finished(
    conn: Connection,
    *,
    duel_id: str,
    problem_id: str | None,
    language: str,
    difficulty: str,
    time_limit_seconds: int,
    winner_id: str | None,
    started_at: str,
    finished_at: str,
    players: list[PlayerResult],
) -> None:
    """Store a finished duel and its players' results (what stats and leaderboard read)."""
    await conn.execute(
        "INSERT INTO duels (id, problem_id, language, difficulty, status, time_limit_seconds,"
        " winner_id, created_at, started_at, finished_at) VALUES (:id, :problem_id, :language,"
        " :difficulty, 'finished', :time_limit_seconds, :winner_id, :started_at, :started_at,"
        " :finished_at)",
        {
            "id": duel_id,
            "problem_id": problem_id,
            "language": language,
            "difficulty": difficulty,
            "time_limit_seconds": time_limit_seconds,
            "winner_id": winner_id,
            "started_at": started_at,
            "finished_at": finished_at,
        },
    )
    await conn.execute_many(
        "INSERT INTO duel_players (duel_id, user_id, seat, outcome, passed_tests, total_tests,"
        " time_seconds, xp_earned) VALUES (:duel_id, :user_id, :seat, :outcome, :passed_tests,"
        " :total_tests, :time_seconds, :xp_earned)",
        [dict(msgspec.structs.asdict(p), duel_id=duel_id) for p in players],
    )
