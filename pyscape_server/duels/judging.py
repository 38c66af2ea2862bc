"""``code-submit`` in a duel: check, judge off the socket's path, then ``code-result`` to the
author, ``opponent-progress`` to the other player, and the win of a full pass."""

from __future__ import annotations

import asyncio

from pyscape_judge import LanguageError, Status
from pyscape_server.clock import timestamp
from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.duels import messages as m
from pyscape_server.duels.connections import Connections
from pyscape_server.duels.referee import Referee
from pyscape_server.duels.state import Client, Duel, Seat, code_result, error_frame
from pyscape_server.duels.timers import Tasks
from pyscape_server.errors import Conflict, JudgeUnavailable
from pyscape_server.judging import UNAVAILABLE, Judging, judge_code
from pyscape_server.problems.service import check_code
from pyscape_server.progress.xp import DUEL_WIN_XP


class DuelJudging:
    def __init__(
        self,
        judge: Judging,
        *,
        db: Database,
        connections: Connections,
        referee: Referee,
        tasks: Tasks,
        max_code_bytes: int,
    ) -> None:
        self.judge = judge
        self.db = db
        self.connections = connections
        self.referee = referee
        self.tasks = tasks
        self.max_code_bytes = max_code_bytes

    async def submit(self, client: Client, message: m.CodeSubmit) -> None:
        duel, seat = self.referee.seat(client, message.duel_id)
        wait = duel.start - asyncio.get_running_loop().time()
        if wait > 0:
            raise Conflict(f"The duel starts at {timestamp(duel.starts_at)} ({wait:.1f} s)")
        if seat.judging:
            raise Conflict("Your previous submission is still being judged: wait for its result")
        check_code(message.code, self.max_code_bytes)
        seat.judging = True
        elapsed = round(asyncio.get_running_loop().time() - duel.start, 3)
        self.tasks.spawn(self._judge(duel, seat, message.code, elapsed))

    async def _judge(self, duel: Duel, seat: Seat, code: str, elapsed: float) -> None:
        try:
            verdict = await judge_code(
                self.judge, duel.problem, duel.language, code, what=f"duel {duel.id}"
            )
        except LanguageError:
            verdict = None
        finally:
            seat.judging = False
        if verdict is None or verdict.status is Status.INTERNAL_ERROR:
            failed = error_frame(JudgeUnavailable(UNAVAILABLE), "code-submit")
            self.connections.send(seat.user_id, failed)
            return
        passed = verdict.summary.passed
        accepted = verdict.status is Status.ACCEPTED
        if duel.finished:
            self.connections.send(seat.user_id, code_result(duel, verdict, passed, xp=0))
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
        xp = DUEL_WIN_XP if wins else 0
        self.connections.send(seat.user_id, code_result(duel, verdict, passed, xp=xp))
        if duel.finished:
            return
        self.connections.send(
            duel.other(seat).user_id,
            m.OpponentProgress(
                duel_id=duel.id,
                opponent=seat.username,
                passed_tests=passed,
                total_tests=verdict.total_test_cases,
                status="solved" if accepted else "solving",
            ),
        )
        if wins:
            await self.referee.finish(duel, seat, "solved")
