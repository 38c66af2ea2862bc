"""Duels left active, loaded back from the database so that a new duel leader (relay.py) can
carry them on: the problem, both seats with their best results, the start and the end."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from pyscape_server.clock import timestamp
from pyscape_server.db import Database
from pyscape_server.db import accounts as account_queries
from pyscape_server.db import duels as queries
from pyscape_server.db import problems as problem_queries
from pyscape_server.db.duels import ActiveDuel
from pyscape_server.duels import ratings
from pyscape_server.duels.results import settle_left
from pyscape_server.duels.state import Duel, Seat
from pyscape_server.problems.catalog import Catalog
from pyscape_server.progress.xp import level_for

log = logging.getLogger(__name__)


async def restore_duels(
    db: Database, catalog: Catalog, *, now: datetime, loop_time: float
) -> list[Duel]:
    """Every duel left active, as the engine holds a duel in progress (nobody judging). A duel
    that cannot be rebuilt (its problem or a player is gone) is closed by the restart rule."""
    async with db.read() as conn:
        left = await queries.active(conn)
    duels = []
    for row in left:
        try:
            duels.append(await _rebuild(db, catalog, row, now=now, loop_time=loop_time))
        except Exception:
            log.exception("duel %s cannot be carried on: closed by the restart rule", row.id)
            async with db.transaction() as conn:
                await settle_left(conn, row, timestamp(now))
    return duels


async def _rebuild(
    db: Database, catalog: Catalog, left: ActiveDuel, *, now: datetime, loop_time: float
) -> Duel:
    ids = [p.user_id for p in left.players]
    async with db.read() as conn:
        row = await problem_queries.get(conn, left.problem_id, include_hidden=True)
        users = [await account_queries.get_user(conn, i) for i in ids]
        stored = await queries.ratings(conn, ids)
    if row is None or len(ids) != 2 or None in users:
        raise LookupError(f"duel {left.id}: its problem or a player is gone")
    problem = await catalog.get(row.slug)
    starts_at = datetime.fromisoformat(left.started_at)
    seats = []
    for user, best in zip(users, left.players, strict=True):
        assert user is not None
        seats.append(
            Seat(
                user_id=user.id,
                username=user.username,
                level=level_for(user.xp_total),
                rating=stored.get(user.id) or ratings.default(),
                total_tests=row.total_tests,
                passed_tests=best.passed_tests,
                time_seconds=best.time_seconds,
                submissions=1 if best.passed_tests else 0,
            )
        )
    return Duel(
        id=left.id,
        row=row,
        problem=problem,
        language=left.language,
        seats=seats,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(seconds=left.time_limit_seconds),
        time_limit_seconds=left.time_limit_seconds,
        start=loop_time + (starts_at - now).total_seconds(),
    )
