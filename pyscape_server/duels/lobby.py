"""The matchmaking queue as players see it: ``join-queue``, ``leave-queue``, and the loop that
pairs queued players (matchmaking.py) and opens their duel."""

from __future__ import annotations

import asyncio
import logging

from pyscape_server.clock import Clock
from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.duels import messages as m
from pyscape_server.duels import ratings
from pyscape_server.duels.connections import Connections
from pyscape_server.duels.matchmaking import Entry, Matchmaker
from pyscape_server.duels.referee import Referee
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.duels.state import Client, match_found, open_duel
from pyscape_server.errors import Conflict, InvalidInput, NotFound
from pyscape_server.problems.catalog import Catalog
from pyscape_server.problems.service import check_language

log = logging.getLogger(__name__)

#: join-queue's difficulty names (seed 000's and the problems') -> the problems' difficulty.
DIFFICULTIES = {
    "beginner": "easy",
    "intermediate": "medium",
    "advanced": "hard",
    "easy": "easy",
    "medium": "medium",
    "hard": "hard",
}


class Lobby:
    def __init__(
        self,
        settings: DuelSettings,
        *,
        db: Database,
        clock: Clock,
        catalog: Catalog,
        connections: Connections,
        referee: Referee,
    ) -> None:
        self.settings = settings
        self.db = db
        self.clock = clock
        self.catalog = catalog
        self.connections = connections
        self.referee = referee
        self.queue = Matchmaker(
            gap=settings.rating_gap, gap_per_second=settings.rating_gap_per_second
        )

    async def join(self, client: Client, message: m.JoinQueue) -> None:
        user = client.user
        difficulty = DIFFICULTIES.get(message.difficulty.strip().lower())
        if difficulty is None:
            raise InvalidInput(
                f"Unknown difficulty {message.difficulty!r}: use one of {', '.join(DIFFICULTIES)}"
            )
        language = check_language(message.language)
        self._not_in_a_duel(user.id)
        async with self.db.read() as conn:
            _, problems = await queries.duel_problems(
                conn, difficulty=difficulty, language=language, user_ids=[user.id]
            )
            rating = (await queries.ratings(conn, [user.id])).get(user.id)
        if not problems:
            raise NotFound(f"No {difficulty} problems in {language}: choose another difficulty")
        if self.referee.duel_of(user.id) is not None or not self.connections.current(client):
            return  # matched or gone meanwhile
        shown = ratings.display(rating)
        self.queue.add(
            Entry(
                user_id=user.id,
                difficulty=difficulty,
                language=language,
                rating=shown,
                joined=asyncio.get_running_loop().time(),
            )
        )
        client.send(
            m.Queued(
                difficulty=difficulty, language=language, rating=shown, queue_size=len(self.queue)
            )
        )
        await self.match()

    async def leave(self, client: Client, message: m.LeaveQueue) -> None:
        """``left-queue``, whether the player was queued or not."""
        was_queued = self.queue.remove(client.user.id)
        client.send(m.LeftQueue(was_queued=was_queued))

    def forget(self, user_id: str) -> None:
        """A socket closed: its queue entry goes."""
        self.queue.remove(user_id)

    def _not_in_a_duel(self, user_id: str) -> None:
        duel = self.referee.duel_of(user_id)
        if duel is not None:
            raise Conflict(f"You are in duel {duel.id}: finish it first")

    async def match_forever(self) -> None:
        while True:
            await asyncio.sleep(self.settings.match_interval_seconds)
            try:
                await self.match()
            except Exception:
                log.exception("matchmaking failed")

    async def match(self) -> None:
        for a, b in self.queue.pairs(asyncio.get_running_loop().time()):
            try:
                await self._start_duel(a, b)
            except Exception:
                log.exception("starting a duel of %s and %s failed", a.user_id, b.user_id)
                for entry in (a, b):
                    self.connections.send(
                        entry.user_id,
                        m.Error(
                            code="INTERNAL_ERROR",
                            status=500,
                            error="The duel could not start: join the queue again",
                        ),
                    )

    async def _start_duel(self, a: Entry, b: Entry) -> None:
        duel = await open_duel(
            self.db,
            self.catalog,
            a,
            b,
            settings=self.settings,
            now=self.clock.now(),
            loop_time=asyncio.get_running_loop().time(),
        )
        ids = [a.user_id, b.user_id]
        self.referee.register(duel)
        log.info("duel %s: %s vs %s on %s (%s)", duel.id, *ids, duel.row.slug, duel.language)
        for user_id in ids:
            client = self.connections.get(user_id)
            if client is None:
                self.referee.start_grace(duel, user_id)
            else:
                client.send(match_found(duel, user_id))
