"""How a duel ends: who wins on time, and the one transaction that records a finished duel
(outcomes, best results, XP, ratings). Used by the engine and by the restart recovery.
"""

from __future__ import annotations

import msgspec

from pyscape_server.db import Connection
from pyscape_server.db import duels as queries
from pyscape_server.db import progress as progress_queries
from pyscape_server.db.duels import ActiveDuel, PlayerResult, Rating
from pyscape_server.duels import ratings
from pyscape_server.progress.xp import DUEL_LOSS_XP, DUEL_WIN_XP


class Best(msgspec.Struct, kw_only=True):
    """A player's best submission: most tests passed, reached ``time_seconds`` after the start
    (``None`` until a submission passes a test)."""

    user_id: str
    passed_tests: int = 0
    total_tests: int = 0
    time_seconds: float | None = None


def winner_on_time(first: Best, second: Best) -> int | None:
    """The index (0 or 1) of the winner when time runs out: more tests passed, then the earlier
    best submission; ``None`` for a draw."""
    if first.passed_tests != second.passed_tests:
        return 0 if first.passed_tests > second.passed_tests else 1
    if first.passed_tests == 0 or first.time_seconds == second.time_seconds:
        return None
    if first.time_seconds is None or second.time_seconds is None:
        return 0 if second.time_seconds is None else 1
    return 0 if first.time_seconds < second.time_seconds else 1


class Settled(msgspec.Struct, kw_only=True):
    players: list[PlayerResult]
    ratings: list[Rating]


async def record_finish(
    conn: Connection, *, duel_id: str, bests: list[Best], winner: int | None, now: str
) -> Settled | None:
    """Finish active duel ``duel_id``: outcomes, XP (win 100), new ratings; ``None`` when the
    duel was not active any more (already settled)."""
    if not await queries.is_active(conn, duel_id):
        return None
    ids = [b.user_id for b in bests]
    stored = await queries.ratings(conn, ids)
    before = [stored.get(i) or ratings.default() for i in ids]
    outcomes = ["draw", "draw"] if winner is None else ["loss", "loss"]
    if winner is not None:
        outcomes[winner] = "win"
    after = list(ratings.rate(before[0], before[1], outcomes[0]))
    players = []
    for seat, (best, outcome) in enumerate(zip(bests, outcomes, strict=True), 1):
        xp = 0
        amount = DUEL_WIN_XP if outcome == "win" else DUEL_LOSS_XP
        if amount and await progress_queries.award_xp(
            conn, user_id=best.user_id, source="duel", subject=duel_id, amount=amount, now=now
        ):
            xp = amount
        players.append(
            PlayerResult(
                user_id=best.user_id,
                seat=seat,
                outcome=outcome,
                passed_tests=best.passed_tests,
                total_tests=best.total_tests,
                time_seconds=best.time_seconds,
                xp_earned=xp,
            )
        )
    await queries.finish(
        conn,
        duel_id=duel_id,
        winner_id=None if winner is None else ids[winner],
        finished_at=now,
        players=players,
    )
    for user_id, rating in zip(ids, after, strict=True):
        await queries.save_rating(conn, user_id, rating, now)
    return Settled(players=players, ratings=after)


async def recover(conn: Connection, now: str) -> tuple[int, int]:
    """Close the duels a stopped server left active: settled on time with the best results
    stored when any test was passed, else voided. Returns (settled, voided)."""
    settled = voided = 0
    for duel in await queries.active(conn):
        if await settle_left(conn, duel, now):
            settled += 1
        else:
            voided += 1
    return settled, voided


async def settle_left(conn: Connection, duel: ActiveDuel, now: str) -> bool:
    """Close one duel left active by the rule of :func:`recover`; ``True`` when settled,
    ``False`` when voided."""
    bests = [
        Best(
            user_id=p.user_id,
            passed_tests=p.passed_tests,
            total_tests=p.total_tests,
            time_seconds=p.time_seconds,
        )
        for p in duel.players
    ]
    if len(bests) != 2 or all(b.passed_tests == 0 for b in bests):
        await queries.cancel(conn, duel.id, now)
        return False
    await record_finish(conn, duel_id=duel.id, bests=bests, winner=winner_on_time(*bests), now=now)
    return True
