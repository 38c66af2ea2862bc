"""Bodies of the duel statistics routes (seed 000)."""

from __future__ import annotations

from pyscape_server.schemas import Schema


class DuelStats(Schema):
    total_duels: int
    wins: int
    losses: int
    draws: int
    #: wins / total_duels (0 without duels).
    win_rate: float
    #: Wins in a row up to the latest duel.
    current_streak: int
    best_streak: int
    #: Place on the leaderboard; ``null`` before the first finished duel.
    #: Players without a finished duel rank after every player with one.
    rank: int
    #: OpenSkill duel rating, shown as ``round(40 * mu)``: 1000 before the first duel.
    rating: int


class LeaderboardEntry(Schema):
    rank: int
    user_id: str
    username: str
    level: int
    wins: int
    losses: int
    draws: int
    total_duels: int
    win_rate: float
    rating: int


class Leaderboard(Schema):
    leaderboard: list[LeaderboardEntry]
    total: int
    limit: int
    offset: int
    has_more: bool
