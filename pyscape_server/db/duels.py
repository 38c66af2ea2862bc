"""Queries of duels: the engine's writes (start, best results, finish, ratings) and the reads of
statistics and the leaderboard.
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
           r.mu, r.sigma,
           RANK() OVER (ORDER BY t.wins DESC, t.wins * 1.0 / t.total DESC) AS rank
    FROM totals t JOIN users u ON u.id = t.user_id
    LEFT JOIN duel_ratings r ON r.user_id = t.user_id
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
    #: OpenSkill rating (``None``: never rated, the default rating applies)
    mu: float | None = None
    sigma: float | None = None


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


async def ranked_count(conn: Connection) -> int:
    """How many players have a rank (at least one finished duel)."""
    return int(await conn.fetch_value(f"{_RANKED} SELECT COUNT(*) FROM ranked"))


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


# ------------------------------------------------------------------------ the duel engine


class Rating(msgspec.Struct, kw_only=True):
    mu: float
    sigma: float


async def ratings(conn: Connection, user_ids: list[str]) -> dict[str, Rating]:
    """The stored ratings of ``user_ids`` (users never rated are missing)."""
    found: dict[str, Rating] = {}
    for user_id in user_ids:
        row = await conn.fetch_one(
            "SELECT mu, sigma FROM duel_ratings WHERE user_id = :id", {"id": user_id}
        )
        if row is not None:
            found[user_id] = Rating(mu=row["mu"], sigma=row["sigma"])
    return found


async def save_rating(conn: Connection, user_id: str, rating: Rating, now: str) -> None:
    await conn.execute(
        "INSERT INTO duel_ratings (user_id, mu, sigma, updated_at) VALUES (:id, :mu, :sigma, :now)"
        " ON CONFLICT (user_id) DO UPDATE SET mu = :mu, sigma = :sigma, updated_at = :now",
        {"id": user_id, "mu": rating.mu, "sigma": rating.sigma, "now": now},
    )


async def duel_problems(
    conn: Connection, *, difficulty: str, language: str, user_ids: list[str]
) -> tuple[list[str], list[str]]:
    """Visible problems of ``difficulty`` in ``language``: (ids none of ``user_ids`` solved,
    all ids)."""
    rows = await conn.fetch_all(
        "SELECT p.id, EXISTS (SELECT 1 FROM progress g WHERE g.problem_id = p.id"
        " AND g.user_id IN (:a, :b)) AS solved FROM problems p"
        " JOIN problem_languages l ON l.problem_id = p.id AND l.language = :language"
        " WHERE p.hidden = :hidden AND p.difficulty = :difficulty ORDER BY p.slug",
        {
            "a": user_ids[0],
            "b": user_ids[-1],
            "language": language,
            "hidden": False,
            "difficulty": difficulty,
        },
    )
    return [r["id"] for r in rows if not r["solved"]], [r["id"] for r in rows]


async def insert_active(
    conn: Connection,
    *,
    duel_id: str,
    problem_id: str,
    language: str,
    difficulty: str,
    time_limit_seconds: int,
    created_at: str,
    started_at: str,
    user_ids: list[str],
) -> None:
    """Store a duel that starts at ``started_at``, its players in seats 1 and 2."""
    await conn.execute(
        "INSERT INTO duels (id, problem_id, language, difficulty, status, time_limit_seconds,"
        " created_at, started_at) VALUES (:id, :problem_id, :language, :difficulty, 'active',"
        " :time_limit_seconds, :created_at, :started_at)",
        {
            "id": duel_id,
            "problem_id": problem_id,
            "language": language,
            "difficulty": difficulty,
            "time_limit_seconds": time_limit_seconds,
            "created_at": created_at,
            "started_at": started_at,
        },
    )
    await conn.execute_many(
        "INSERT INTO duel_players (duel_id, user_id, seat) VALUES (:duel_id, :user_id, :seat)",
        [{"duel_id": duel_id, "user_id": u, "seat": n} for n, u in enumerate(user_ids, 1)],
    )


async def save_best(
    conn: Connection,
    *,
    duel_id: str,
    user_id: str,
    passed_tests: int,
    total_tests: int,
    time_seconds: float | None,
) -> None:
    """A player's best submission so far (kept so a restart can settle the duel)."""
    await conn.execute(
        "UPDATE duel_players SET passed_tests = :passed, total_tests = :total,"
        " time_seconds = :time WHERE duel_id = :duel_id AND user_id = :user_id",
        {
            "passed": passed_tests,
            "total": total_tests,
            "time": time_seconds,
            "duel_id": duel_id,
            "user_id": user_id,
        },
    )


async def finish(
    conn: Connection,
    *,
    duel_id: str,
    winner_id: str | None,
    finished_at: str,
    players: list[PlayerResult],
) -> bool:
    """Close an active duel with its players' results; ``False`` if it was not active."""
    changed = await conn.execute(
        "UPDATE duels SET status = 'finished', winner_id = :winner_id, finished_at = :now"
        " WHERE id = :id AND status = 'active'",
        {"id": duel_id, "winner_id": winner_id, "now": finished_at},
    )
    if not changed:
        return False
    await conn.execute_many(
        "UPDATE duel_players SET outcome = :outcome, passed_tests = :passed_tests,"
        " total_tests = :total_tests, time_seconds = :time_seconds, xp_earned = :xp_earned"
        " WHERE duel_id = :duel_id AND user_id = :user_id",
        [dict(msgspec.structs.asdict(p), duel_id=duel_id) for p in players],
    )
    return True


async def is_active(conn: Connection, duel_id: str) -> bool:
    status = await conn.fetch_value("SELECT status FROM duels WHERE id = :id", {"id": duel_id})
    return status == "active"


async def cancel(conn: Connection, duel_id: str, now: str) -> None:
    """Void an active duel: no outcome, no XP, no rating change."""
    await conn.execute(
        "UPDATE duels SET status = 'cancelled', finished_at = :now"
        " WHERE id = :id AND status = 'active'",
        {"id": duel_id, "now": now},
    )


class ActiveDuel(msgspec.Struct, kw_only=True):
    id: str
    problem_id: str
    language: str
    started_at: str
    time_limit_seconds: int
    players: list[PlayerResult]


async def active(conn: Connection) -> list[ActiveDuel]:
    """Duels left active (by a server that stopped), with their players' best results."""
    duels = await conn.fetch_all(
        "SELECT id, problem_id, language, started_at, time_limit_seconds FROM duels"
        " WHERE status = 'active'"
    )
    found = []
    for duel in duels:
        rows = await conn.fetch_all(
            "SELECT user_id, seat, passed_tests, total_tests, time_seconds FROM duel_players"
            " WHERE duel_id = :id ORDER BY seat",
            {"id": duel["id"]},
        )
        players = [PlayerResult(outcome="", **row) for row in rows]
        found.append(ActiveDuel(players=players, **duel))
    return found
