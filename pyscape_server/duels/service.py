"""Duel statistics and the leaderboard, read from the duels the duel engine recorded
(:mod:`pyscape_server.duels.engine`)."""

from __future__ import annotations

from pyscape_server.accounts.service import CurrentUser
from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.db.duels import Rating
from pyscape_server.duels import ratings
from pyscape_server.duels.schemas import DuelStats, Leaderboard, LeaderboardEntry
from pyscape_server.progress.xp import level_for


class DuelService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def stats(self, user: CurrentUser) -> DuelStats:
        async with self.db.read() as conn:
            outcomes = await queries.outcomes(conn, user.id)
            standing = await queries.standing(conn, user.id)
            unranked = None if standing else await queries.ranked_count(conn) + 1
            rating = (await queries.ratings(conn, [user.id])).get(user.id)
        wins = outcomes.count("win")
        current, best = streaks(outcomes)
        return DuelStats(
            total_duels=len(outcomes),
            wins=wins,
            losses=outcomes.count("loss"),
            draws=outcomes.count("draw"),
            win_rate=win_rate(wins, len(outcomes)),
            current_streak=current,
            best_streak=best,
            rank=standing.rank if standing else unranked,
            rating=ratings.display(rating),
        )

    async def leaderboard(self, *, limit: int, offset: int) -> Leaderboard:
        async with self.db.read() as conn:
            rows, total = await queries.leaderboard(conn, limit=limit, offset=offset)
        return Leaderboard(
            leaderboard=[
                LeaderboardEntry(
                    rank=r.rank,
                    user_id=r.user_id,
                    username=r.username,
                    level=level_for(r.xp_total),
                    wins=r.wins,
                    losses=r.losses,
                    draws=r.draws,
                    total_duels=r.total,
                    win_rate=win_rate(r.wins, r.total),
                    rating=ratings.display(
                        Rating(mu=r.mu, sigma=r.sigma or 0.0) if r.mu is not None else None
                    ),
                )
                for r in rows
            ],
            total=total,
            limit=limit,
            offset=offset,
            has_more=offset + len(rows) < total,
        )


def streaks(outcomes: list[str]) -> tuple[int, int]:
    """(current, best) runs of wins in ``outcomes`` (oldest first); any other result ends one."""
    current = best = 0
    for outcome in outcomes:
        current = current + 1 if outcome == "win" else 0
        best = max(best, current)
    return current, best


def win_rate(wins: int, total: int) -> float:
    return round(wins / total, 4) if total else 0.0
