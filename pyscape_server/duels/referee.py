"""The duels in progress: who sits in which, their time limit and reconnection grace, and how
each ends (solved, time up, forfeit, disconnection), recorded once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.duels import messages as m
from pyscape_server.duels import ratings
from pyscape_server.duels.connections import Connections
from pyscape_server.duels.restore import restore_duels
from pyscape_server.duels.results import record_finish, recover, settle_left, winner_on_time
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.duels.state import Client, Duel, Seat
from pyscape_server.duels.timers import Tasks
from pyscape_server.errors import NotFound
from pyscape_server.problems.catalog import Catalog

log = logging.getLogger(__name__)


class Referee:
    def __init__(
        self,
        settings: DuelSettings,
        *,
        db: Database,
        clock: Clock,
        catalog: Catalog,
        connections: Connections,
        tasks: Tasks,
    ) -> None:
        self.settings = settings
        self.db = db
        self.clock = clock
        self.catalog = catalog
        self.connections = connections
        self.tasks = tasks
        self._duels: dict[str, Duel] = {}
        self._duel_of: dict[str, str] = {}
        #: Duels carried on from a previous leader (``start(resume=True)``).
        self._carried: set[str] = set()

    @property
    def active(self) -> int:
        return len(self._duels)

    async def start(self, *, resume: bool) -> None:
        """Settle or void the duels a previous process left active; with ``resume`` (a new
        duel leader of replicas, relay.py) carry them on instead: each player has
        ``reconnect_seconds`` to be connected again."""
        if not resume:
            async with self.db.transaction() as conn:
                settled, voided = await recover(conn, timestamp(self.clock.now()))
            if settled or voided:
                log.info("duels left by the last run: %d settled, %d voided", settled, voided)
            return
        loop_time = asyncio.get_running_loop().time()
        for duel in await restore_duels(
            self.db, self.catalog, now=self.clock.now(), loop_time=loop_time
        ):
            self.register(duel)
            self._carried.add(duel.id)
            for seat in duel.seats:
                self.start_grace(duel, seat.user_id)
            log.info("duel %s carried on", duel.id)

    def stop(self) -> None:
        """Timers stop; duels still active are settled by the next :meth:`start`."""
        for duel in self._duels.values():
            for handle in [duel.timer, *duel.grace.values()]:
                if handle is not None:
                    handle.cancel()

    # -------------------------------------------------------------------- who is where

    def register(self, duel: Duel) -> None:
        """Hold ``duel`` in progress, its time limit armed."""
        self._duels[duel.id] = duel
        for seat in duel.seats:
            self._duel_of[seat.user_id] = duel.id
        ends = duel.start + duel.time_limit_seconds - asyncio.get_running_loop().time()
        duel.timer = self.tasks.later(ends, lambda: self.time_up(duel))

    def duel_of(self, user_id: str) -> Duel | None:
        """The duel in progress ``user_id`` sits in."""
        return self._duels.get(self._duel_of.get(user_id, ""))

    def seat(self, client: Client, duel_id: str) -> tuple[Duel, Seat]:
        """The caller's seat in duel ``duel_id`` in progress (``NotFound`` otherwise)."""
        duel = self._duels.get(duel_id)
        seat = duel.seat(client.user.id) if duel is not None else None
        if duel is None or seat is None or duel.finished:
            raise NotFound(f"You are not in a duel {duel_id!r} in progress")
        return duel, seat

    # ------------------------------------------------------------------- reconnections

    def start_grace(self, duel: Duel, user_id: str) -> None:
        """``user_id``'s socket is closed: they lose unless back within ``reconnect_seconds``."""
        seat = duel.seat(user_id)
        if seat is None or user_id in duel.grace:
            return

        def forfeit() -> Coroutine[Any, Any, None]:
            other = duel.other(seat)
            if duel.id in self._carried and other.user_id in duel.grace:
                return self._abandoned(duel)  # nobody came back to the new leader
            return self.finish(duel, other, "disconnect")

        duel.grace[user_id] = self.tasks.later(self.settings.reconnect_seconds, forfeit)
        log.info(
            "user %s left duel %s: %.0f s to come back",
            user_id,
            duel.id,
            self.settings.reconnect_seconds,
        )

    def back(self, duel: Duel, user_id: str) -> None:
        """``user_id`` is connected again: no more deadline."""
        handle = duel.grace.pop(user_id, None)
        if handle is not None:
            handle.cancel()
            log.info("user %s is back in duel %s", user_id, duel.id)

    # ----------------------------------------------------------------------------- end

    async def forfeit(self, client: Client, message: m.Forfeit) -> None:
        duel, seat = self.seat(client, message.duel_id)
        await self.finish(duel, duel.other(seat), "forfeit")

    async def time_up(self, duel: Duel) -> None:
        winner = winner_on_time(duel.seats[0].best(), duel.seats[1].best())
        await self.finish(duel, None if winner is None else duel.seats[winner], "time_limit")

    async def finish(self, duel: Duel, winner: Seat | None, reason: str) -> None:
        """End ``duel`` once: record it, then ``duel-complete`` to both players."""
        if duel.finished:
            return
        self._drop(duel)
        index = None if winner is None else duel.seats.index(winner)
        async with self.db.transaction() as conn:
            settled = await record_finish(
                conn,
                duel_id=duel.id,
                bests=[s.best() for s in duel.seats],
                winner=index,
                now=timestamp(self.clock.now()),
            )
        if settled is None:
            log.error("duel %s was already settled", duel.id)
            return
        log.info("duel %s over (%s): winner %s", duel.id, reason, winner and winner.user_id)
        summaries = [
            m.PlayerSummary(
                username=seat.username,
                passed_tests=p.passed_tests,
                total_tests=p.total_tests,
                time_seconds=m.whole_seconds(p.time_seconds),
                outcome=p.outcome,
                rating=ratings.display(rating),
            )
            for seat, p, rating in zip(duel.seats, settled.players, settled.ratings, strict=True)
        ]
        for seat, player in zip(duel.seats, settled.players, strict=True):
            self.connections.send(
                seat.user_id,
                m.DuelComplete(
                    duel_id=duel.id,
                    winner=winner.username if winner else None,
                    reason=reason,
                    player1=summaries[0],
                    player2=summaries[1],
                    xp_earned=player.xp_earned,
                ),
            )

    def _drop(self, duel: Duel) -> None:
        """``duel`` is over: its timers stop, it is no longer in progress here."""
        duel.finished = True
        for handle in [duel.timer, *duel.grace.values()]:
            if handle is not None:
                handle.cancel()
        self._duels.pop(duel.id, None)
        self._carried.discard(duel.id)
        for seat in duel.seats:
            if self._duel_of.get(seat.user_id) == duel.id:
                del self._duel_of[seat.user_id]

    async def _abandoned(self, duel: Duel) -> None:
        """A duel carried on by a new leader that neither player came back to: closed by the
        restart rule (results.py), as if the server had restarted."""
        if duel.finished:
            return
        self._drop(duel)
        async with self.db.transaction() as conn:
            for left in await queries.active(conn):
                if left.id == duel.id:
                    settled = await settle_left(conn, left, timestamp(self.clock.now()))
                    log.info("duel %s abandoned: %s", duel.id, "settled" if settled else "void")
