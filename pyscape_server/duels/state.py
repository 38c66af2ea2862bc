"""What the engine keeps of a duel in progress (its players\' seats) and the frames built
from it."""

from __future__ import annotations

import asyncio
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from pyscape_judge import Problem, Verdict
from pyscape_server.accounts.service import CurrentUser
from pyscape_server.clock import timestamp
from pyscape_server.db import Database
from pyscape_server.db import accounts as account_queries
from pyscape_server.db import duels as queries
from pyscape_server.db import problems as problem_queries
from pyscape_server.db.duels import Rating
from pyscape_server.db.problems import ProblemRecord
from pyscape_server.db.records import load_json
from pyscape_server.duels import messages as m
from pyscape_server.duels import ratings
from pyscape_server.duels.matchmaking import Entry
from pyscape_server.duels.results import Best
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.errors import AppError
from pyscape_server.problems.catalog import Catalog
from pyscape_server.progress.xp import level_for


class Client(Protocol):
    """One authenticated socket, as the engine sees it."""

    user: CurrentUser

    def send(self, message: m.ServerMessage) -> None: ...

    def close(self, code: int, reason: str) -> None: ...


@dataclass(eq=False)
class Seat:
    user_id: str
    username: str
    level: int
    rating: Rating
    total_tests: int
    passed_tests: int = 0
    #: Seconds from the start to the best submission.
    time_seconds: float | None = None
    solved: bool = False
    judging: bool = False
    #: A ``code-run`` of this player is running.
    running: bool = False
    submissions: int = 0

    def best(self) -> Best:
        return Best(
            user_id=self.user_id,
            passed_tests=self.passed_tests,
            total_tests=self.total_tests,
            time_seconds=self.time_seconds,
        )

    def progress(self) -> m.Progress:
        status = "solved" if self.solved else "solving" if self.submissions else "waiting"
        return m.Progress(
            passed_tests=self.passed_tests, total_tests=self.total_tests, status=status
        )


@dataclass(eq=False)
class Duel:
    id: str
    row: ProblemRecord
    problem: Problem
    language: str
    seats: list[Seat]
    starts_at: datetime
    ends_at: datetime
    time_limit_seconds: int
    #: Loop time of the start.
    start: float
    finished: bool = False
    timer: asyncio.TimerHandle | None = None
    #: Reconnection deadlines of players whose socket closed.
    grace: dict[str, asyncio.TimerHandle] = field(default_factory=dict)

    def seat(self, user_id: str) -> Seat | None:
        return next((s for s in self.seats if s.user_id == user_id), None)

    def other(self, seat: Seat) -> Seat:
        return self.seats[1] if seat is self.seats[0] else self.seats[0]


def match_found(duel: Duel, user_id: str, *, resumed: bool = False) -> m.MatchFound:
    """``match-found`` for one player (with both players' progress when ``resumed``)."""
    seat = duel.seat(user_id)
    assert seat is not None
    other = duel.other(seat)
    row = duel.row
    return m.MatchFound(
        duel_id=duel.id,
        opponent=m.Opponent(
            id=other.user_id,
            username=other.username,
            level=other.level,
            rating=ratings.display(other.rating),
        ),
        problem=m.DuelProblem(
            id=row.id,
            slug=row.slug,
            title=row.title,
            description=row.statement,
            difficulty=row.difficulty,
            language=duel.language,
            starter_code=load_json(row.starters).get(duel.language, ""),
            examples=load_json(row.examples),
            total_tests=row.total_tests,
            time_limit_seconds=duel.time_limit_seconds,
        ),
        language=duel.language,
        starts_at=timestamp(duel.starts_at),
        ends_at=timestamp(duel.ends_at),
        resumed=resumed,
        self_progress=seat.progress() if resumed else None,
        opponent_progress=other.progress() if resumed else None,
    )


def error_frame(error: AppError, kind: str | None = None) -> m.Error:
    status, code = error.basic
    return m.Error(code=code, error=error.message, status=status, message_type=kind)


def code_result(duel: Duel, verdict: Verdict, passed: int, *, xp: int) -> m.CodeResult:
    return m.CodeResult(
        duel_id=duel.id,
        player="self",
        status=str(verdict.status),
        passed_tests=passed,
        total_tests=verdict.total_test_cases,
        xp_earned=xp,
        runtime_ms=verdict.runtime_ms,
        compile_error=verdict.compile_error,
        runtime_error=verdict.runtime_error,
    )


async def open_duel(
    db: Database,
    catalog: Catalog,
    a: Entry,
    b: Entry,
    *,
    settings: DuelSettings,
    now: datetime,
    loop_time: float,
) -> Duel:
    """Start a duel of two queued players: a problem neither solved (when there is one),
    stored as active; it starts ``countdown_seconds`` after ``now``."""
    s = settings
    ids = [a.user_id, b.user_id]
    async with db.read() as conn:
        fresh, every = await queries.duel_problems(
            conn, difficulty=a.difficulty, language=a.language, user_ids=ids
        )
        users = [await account_queries.get_user(conn, i) for i in ids]
        stored = await queries.ratings(conn, ids)
        row = await problem_queries.get(conn, random.choice(fresh or every))
    assert row is not None and all(users)
    problem = await catalog.get(row.slug)
    starts_at = now + timedelta(seconds=s.countdown_seconds)
    duel = Duel(
        id=str(uuid.uuid4()),
        row=row,
        problem=problem,
        language=a.language,
        seats=[
            Seat(
                user_id=u.id,
                username=u.username,
                level=level_for(u.xp_total),
                rating=stored.get(u.id) or ratings.default(),
                total_tests=row.total_tests,
            )
            for u in users
            if u is not None
        ],
        starts_at=starts_at,
        ends_at=starts_at + timedelta(seconds=s.time_limit_seconds),
        time_limit_seconds=s.time_limit_seconds,
        start=loop_time + s.countdown_seconds,
    )
    async with db.transaction() as conn:
        await queries.insert_active(
            conn,
            duel_id=duel.id,
            problem_id=row.id,
            language=duel.language,
            difficulty=row.difficulty,
            time_limit_seconds=s.time_limit_seconds,
            created_at=timestamp(now),
            started_at=timestamp(starts_at),
            user_ids=ids,
        )
    return duel
