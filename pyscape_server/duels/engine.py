"""The duel engine: who is connected, the matchmaking queue, the duels in progress and their
server-side timers (time limit, reconnection grace). Everything runs on the event loop; the
socket layer (:mod:`pyscape_server.duels.socket`) hands it authenticated clients and parsed
messages, and it answers by queueing frames on the clients.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from pyscape_judge import JudgeError, Status
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.duels import messages as m
from pyscape_server.duels import ratings
from pyscape_server.duels.matchmaking import Entry, Matchmaker
from pyscape_server.duels.restore import restore_duels
from pyscape_server.duels.results import record_finish, recover, settle_left, winner_on_time
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.duels.state import (
    Client,
    Duel,
    Seat,
    code_result,
    error_frame,
    match_found,
    open_duel,
)
from pyscape_server.errors import AppError, Conflict, InvalidInput, JudgeUnavailable, NotFound
from pyscape_server.judging import JudgeService
from pyscape_server.problems.catalog import Catalog
from pyscape_server.problems.service import check_language
from pyscape_server.progress.xp import DUEL_WIN_XP

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
MAX_CHAT_CHARS = 500
#: Close code of a socket replaced by a newer connection of the same user.
REPLACED = 4409


class DuelEngine:
    def __init__(
        self,
        settings: DuelSettings,
        *,
        db: Database,
        clock: Clock,
        judge: JudgeService,
        catalog: Catalog,
        max_code_bytes: int,
    ) -> None:
        self.settings = settings
        self.db = db
        self.clock = clock
        self.judge = judge
        self.catalog = catalog
        self.max_code_bytes = max_code_bytes
        self.queue = Matchmaker(
            gap=settings.rating_gap, gap_per_second=settings.rating_gap_per_second
        )
        self._clients: dict[str, Client] = {}
        self._duels: dict[str, Duel] = {}
        self._duel_of: dict[str, str] = {}
        #: Duels carried on from a previous leader (``start(resume=True)``).
        self._carried: set[str] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._matcher: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------------ lifecycle

    async def start(self, *, resume: bool = False) -> None:
        """Settle or void the duels a previous process left active; start matching. With
        ``resume`` (a new duel leader of replicas, relay.py) carry them on instead: each
        player has ``reconnect_seconds`` to be connected again."""
        if resume:
            loop_time = asyncio.get_running_loop().time()
            for duel in await restore_duels(
                self.db, self.catalog, now=self.clock.now(), loop_time=loop_time
            ):
                self._register(duel)
                self._carried.add(duel.id)
                for seat in duel.seats:
                    self._start_grace(duel, seat.user_id)
                log.info("duel %s carried on", duel.id)
        else:
            async with self.db.transaction() as conn:
                settled, voided = await recover(conn, timestamp(self.clock.now()))
            if settled or voided:
                log.info("duels left by the last run: %d settled, %d voided", settled, voided)
        self._matcher = asyncio.create_task(self._match_forever())

    async def stop(self) -> None:
        """Stop timers and tasks; duels still active are settled by the next :meth:`start`."""
        for duel in self._duels.values():
            for handle in [duel.timer, *duel.grace.values()]:
                if handle is not None:
                    handle.cancel()
        tasks = [*self._tasks, *([self._matcher] if self._matcher else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    @property
    def active_duels(self) -> int:
        return len(self._duels)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("duel task failed", exc_info=task.exception())

    def _later(self, delay: float, make: Callable[[], Coroutine[Any, Any, None]]) -> Any:
        return asyncio.get_running_loop().call_later(delay, lambda: self._spawn(make()))

    # ---------------------------------------------------------------------- connections

    async def connect(self, client: Client) -> None:
        """A client authenticated: ``auth-ok``, then the state of its unfinished duel."""
        user = client.user
        previous = self._clients.get(user.id)
        if previous is not None:
            previous.send(
                error_frame(Conflict("You connected again elsewhere: this socket closes"))
            )
            previous.close(REPLACED, "replaced by a newer connection")
        self._clients[user.id] = client
        async with self.db.read() as conn:
            rating = (await queries.ratings(conn, [user.id])).get(user.id)
        client.send(m.AuthOk(id=user.id, username=user.username, rating=ratings.display(rating)))
        duel = self._duels.get(self._duel_of.get(user.id, ""))
        if duel is not None:
            handle = duel.grace.pop(user.id, None)
            if handle is not None:
                handle.cancel()
                log.info("user %s is back in duel %s", user.id, duel.id)
            client.send(match_found(duel, user.id, resumed=True))

    def disconnect(self, client: Client) -> None:
        """A socket closed: its queue entry goes; its duel waits ``reconnect_seconds``."""
        user_id = client.user.id
        if self._clients.get(user_id) is not client:
            return  # replaced by a newer connection
        del self._clients[user_id]
        self.queue.remove(user_id)
        duel = self._duels.get(self._duel_of.get(user_id, ""))
        if duel is not None:
            self._start_grace(duel, user_id)

    def _start_grace(self, duel: Duel, user_id: str) -> None:
        seat = duel.seat(user_id)
        if seat is None or user_id in duel.grace:
            return

        def forfeit() -> Coroutine[Any, Any, None]:
            other = duel.other(seat)
            if duel.id in self._carried and other.user_id in duel.grace:
                return self._abandoned(duel)  # nobody came back to the new leader
            return self._finish(duel, other, "disconnect")

        duel.grace[user_id] = self._later(self.settings.reconnect_seconds, forfeit)
        log.info(
            "user %s left duel %s: %.0f s to come back",
            user_id,
            duel.id,
            self.settings.reconnect_seconds,
        )

    # ------------------------------------------------------------------------- messages

    async def handle(self, client: Client, message: m.ClientMessage) -> None:
        """Answer one parsed message; errors become ``error`` frames (the socket stays open)."""
        kind = type(message).__struct_config__.tag
        try:
            match message:
                case m.Ping():
                    client.send(m.Pong(timestamp=timestamp(self.clock.now())))
                case m.JoinQueue():
                    await self._join(client, message)
                case m.LeaveQueue():
                    self.queue.remove(client.user.id)
                case m.CodeSubmit():
                    self._submit(client, message)
                case m.Forfeit():
                    duel, seat = self._seat(client, message.duel_id)
                    await self._finish(duel, duel.other(seat), "forfeit")
                case m.SendMessage():
                    self._chat(client, message)
                case m.Auth():
                    raise InvalidInput("Already authenticated: send auth only once")
        except AppError as e:
            client.send(error_frame(e, kind))
        except Exception:
            log.exception("handling %s of user %s failed", kind, client.user.id)
            client.send(
                m.Error(
                    code="INTERNAL_ERROR", error="Internal error", status=500, message_type=kind
                )
            )

    def _seat(self, client: Client, duel_id: str) -> tuple[Duel, Seat]:
        duel = self._duels.get(duel_id)
        seat = duel.seat(client.user.id) if duel is not None else None
        if duel is None or seat is None or duel.finished:
            raise NotFound(f"You are not in a duel {duel_id!r} in progress")
        return duel, seat

    async def _join(self, client: Client, message: m.JoinQueue) -> None:
        user = client.user
        difficulty = DIFFICULTIES.get(message.difficulty.strip().lower())
        if difficulty is None:
            raise InvalidInput(
                f"Unknown difficulty {message.difficulty!r}: use one of {', '.join(DIFFICULTIES)}"
            )
        language = check_language(message.language)
        if user.id in self._duel_of:
            raise Conflict(f"You are in duel {self._duel_of[user.id]}: finish it first")
        async with self.db.read() as conn:
            _, problems = await queries.duel_problems(
                conn, difficulty=difficulty, language=language, user_ids=[user.id]
            )
            rating = (await queries.ratings(conn, [user.id])).get(user.id)
        if not problems:
            raise NotFound(f"No {difficulty} problems in {language}: choose another difficulty")
        if user.id in self._duel_of or self._clients.get(user.id) is not client:
            return  # matched or gone meanwhile
        loop = asyncio.get_running_loop()
        shown = ratings.display(rating)
        self.queue.add(
            Entry(
                user_id=user.id,
                difficulty=difficulty,
                language=language,
                rating=shown,
                joined=loop.time(),
            )
        )
        client.send(
            m.Queued(
                difficulty=difficulty, language=language, rating=shown, queue_size=len(self.queue)
            )
        )
        await self._match()

    async def _match_forever(self) -> None:
        while True:
            await asyncio.sleep(self.settings.match_interval_seconds)
            try:
                await self._match()
            except Exception:
                log.exception("matchmaking failed")

    async def _match(self) -> None:
        for a, b in self.queue.pairs(asyncio.get_running_loop().time()):
            try:
                await self._start_duel(a, b)
            except Exception:
                log.exception("starting a duel of %s and %s failed", a.user_id, b.user_id)
                for entry in (a, b):
                    client = self._clients.get(entry.user_id)
                    if client is not None:
                        client.send(
                            m.Error(
                                code="INTERNAL_ERROR",
                                status=500,
                                error="The duel could not start: join the queue again",
                            )
                        )

    async def _start_duel(self, a: Entry, b: Entry) -> None:
        s = self.settings
        duel = await open_duel(
            self.db,
            self.catalog,
            a,
            b,
            settings=s,
            now=self.clock.now(),
            loop_time=asyncio.get_running_loop().time(),
        )
        ids = [a.user_id, b.user_id]
        self._register(duel)
        log.info("duel %s: %s vs %s on %s (%s)", duel.id, *ids, duel.row.slug, duel.language)
        for user_id in ids:
            client = self._clients.get(user_id)
            if client is None:
                self._start_grace(duel, user_id)
            else:
                client.send(match_found(duel, user_id))

    def _register(self, duel: Duel) -> None:
        """Hold ``duel`` in progress, its time limit armed."""
        self._duels[duel.id] = duel
        for seat in duel.seats:
            self._duel_of[seat.user_id] = duel.id
        ends = duel.start + duel.time_limit_seconds - asyncio.get_running_loop().time()
        duel.timer = self._later(max(0.0, ends), lambda: self._time_up(duel))

    # ---------------------------------------------------------------------- submissions

    def _submit(self, client: Client, message: m.CodeSubmit) -> None:
        duel, seat = self._seat(client, message.duel_id)
        wait = duel.start - asyncio.get_running_loop().time()
        if wait > 0:
            raise Conflict(f"The duel starts at {timestamp(duel.starts_at)} ({wait:.1f} s)")
        if seat.judging:
            raise Conflict("Your previous submission is still being judged: wait for its result")
        if not message.code.strip():
            raise InvalidInput("Code is required")
        size = len(message.code.encode("utf-8", "surrogatepass"))
        if size > self.max_code_bytes:
            raise InvalidInput(
                f"Code is too long: {size} bytes, the limit is {self.max_code_bytes} bytes"
            )
        seat.judging = True
        elapsed = round(asyncio.get_running_loop().time() - duel.start, 3)
        self._spawn(self._judge(duel, seat, message.code, elapsed))

    async def _judge(self, duel: Duel, seat: Seat, code: str, elapsed: float) -> None:
        try:
            verdict = await self.judge.judge.judge_async(duel.problem, duel.language, code)
        except JudgeError as e:
            log.error("judging duel %s failed: %s", duel.id, e)
            verdict = None
        finally:
            seat.judging = False
        if verdict is None or verdict.status is Status.INTERNAL_ERROR:
            self._send(
                seat.user_id,
                error_frame(JudgeUnavailable("Code execution failed: try again"), "code-submit"),
            )
            return
        passed = verdict.summary.passed
        accepted = verdict.status is Status.ACCEPTED
        if duel.finished:
            self._send(seat.user_id, code_result(duel, verdict, passed, xp=0))
            return
        seat.submissions += 1
        seat.solved = seat.solved or accepted
        if passed > seat.passed_tests:
            seat.passed_tests, seat.time_seconds = passed, elapsed
            async with self.db.transaction() as conn:
                await queries.save_best(
                    conn,
                    duel_id=duel.id,
                    user_id=seat.user_id,
                    passed_tests=passed,
                    total_tests=seat.total_tests,
                    time_seconds=elapsed,
                )
        wins = accepted and not duel.finished
        self._send(seat.user_id, code_result(duel, verdict, passed, xp=DUEL_WIN_XP if wins else 0))
        if duel.finished:
            return
        other = duel.other(seat)
        self._send(
            other.user_id,
            m.OpponentProgress(
                duel_id=duel.id,
                opponent=seat.username,
                passed_tests=passed,
                total_tests=verdict.total_test_cases,
                status="solved" if accepted else "solving",
            ),
        )
        if wins:
            await self._finish(duel, seat, "solved")

    # ------------------------------------------------------------------------------ end

    async def _time_up(self, duel: Duel) -> None:
        winner = winner_on_time(duel.seats[0].best(), duel.seats[1].best())
        await self._finish(duel, None if winner is None else duel.seats[winner], "time_limit")

    async def _finish(self, duel: Duel, winner: Seat | None, reason: str) -> None:
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
                time_seconds=p.time_seconds,
                outcome=p.outcome,
                rating=ratings.display(rating),
            )
            for seat, p, rating in zip(duel.seats, settled.players, settled.ratings, strict=True)
        ]
        for seat, player in zip(duel.seats, settled.players, strict=True):
            self._send(
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

    # ----------------------------------------------------------------------------- chat

    def _chat(self, client: Client, message: m.SendMessage) -> None:
        duel, seat = self._seat(client, message.duel_id)
        if not message.message.strip():
            raise InvalidInput("The message is empty")
        if len(message.message) > MAX_CHAT_CHARS:
            raise InvalidInput(
                f"Messages are at most {MAX_CHAT_CHARS} characters, "
                f"this one has {len(message.message)}"
            )
        frame = m.ReceiveMessage(
            duel_id=duel.id,
            sender=seat.username,
            message=message.message,
            timestamp=timestamp(self.clock.now()),
        )
        for player in duel.seats:
            self._send(player.user_id, frame)

    def _send(self, user_id: str, message: m.ServerMessage) -> None:
        client = self._clients.get(user_id)
        if client is not None:
            client.send(message)
