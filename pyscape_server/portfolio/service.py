"""Portfolios: projects (edited by their owner only), the user's record, the PDF export."""

from __future__ import annotations

import asyncio
import uuid

import msgspec

from pyscape_server.accounts.service import CurrentUser
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Connection, Database
from pyscape_server.db import learning as learning_queries
from pyscape_server.db import portfolio as queries
from pyscape_server.db.portfolio import ProjectRecord
from pyscape_server.db.records import dump_json, load_json
from pyscape_server.duels.service import DuelService
from pyscape_server.errors import Conflict, Forbidden, NotFound
from pyscape_server.learning.curriculum import Curriculum
from pyscape_server.portfolio import render
from pyscape_server.portfolio.schemas import (
    DuelRecord,
    Portfolio,
    PortfolioUser,
    Project,
    ProjectCreate,
    ProjectUpdate,
    SkillEntry,
    Solved,
)
from pyscape_server.progress.xp import level_for

#: Problem tags listed among the skills.
TAG_SKILLS = 8
#: Projects one portfolio holds at most.
MAX_PROJECTS = 50


class PortfolioService:
    def __init__(
        self, db: Database, clock: Clock, curriculum: Curriculum, duels: DuelService
    ) -> None:
        self.db = db
        self.clock = clock
        self.curriculum = curriculum
        self.duels = duels

    async def create(self, user: CurrentUser, request: ProjectCreate) -> Project:
        now = timestamp(self.clock.now())
        record = ProjectRecord(
            id=str(uuid.uuid4()),
            user_id=user.id,
            project_name=request.project_name,
            description=request.description,
            url=request.url,
            skills=dump_json(request.skills),
            metrics=dump_json(request.metrics),
            created_at=now,
            updated_at=now,
        )
        async with self.db.transaction() as conn:
            if await queries.count_projects(conn, user.id) >= MAX_PROJECTS:
                raise Conflict(
                    f"A portfolio holds at most {MAX_PROJECTS} projects: delete one first"
                )
            await queries.insert_project(conn, record)
        return project_out(record)

    async def update(self, user: CurrentUser, project_id: str, request: ProjectUpdate) -> Project:
        async with self.db.transaction() as conn:
            record = await _owned(conn, user, project_id)
            changes = {k: v for k, v in msgspec.structs.asdict(request).items() if v is not None}
            for key in ("skills", "metrics"):
                if key in changes:
                    changes[key] = dump_json(changes[key])
            record = msgspec.structs.replace(
                record, **changes, updated_at=timestamp(self.clock.now())
            )
            await queries.update_project(conn, record)
        return project_out(record)

    async def delete(self, user: CurrentUser, project_id: str) -> None:
        async with self.db.transaction() as conn:
            await _owned(conn, user, project_id)
            await queries.delete_project(conn, project_id)

    async def portfolio(self, user: CurrentUser) -> Portfolio:
        stats = await self.duels.stats(user)
        async with self.db.read() as conn:
            xp = await learning_queries.user_xp(conn, user.id)
            projects = [project_out(p) for p in await queries.projects_of(conn, user.id)]
            by_difficulty = await queries.solved_by_difficulty(conn, user.id)
            by_language = await queries.solved_by_language(conn, user.id)
            tags = await queries.solved_tags(conn, user.id, limit=TAG_SKILLS)
            finished = await learning_queries.finished_lessons(conn, user.id)
        return Portfolio(
            user=PortfolioUser(
                id=user.id, username=user.username, xp_total=xp, level=level_for(xp)
            ),
            projects=projects,
            solved=Solved(
                total=sum(by_difficulty.values()),
                by_difficulty={d: by_difficulty.get(d, 0) for d in ("easy", "medium", "hard")},
                by_language=by_language,
            ),
            duels=DuelRecord(
                total_duels=stats.total_duels,
                wins=stats.wins,
                losses=stats.losses,
                draws=stats.draws,
                win_rate=stats.win_rate,
                rating=stats.rating,
                rank=stats.rank,
            ),
            skills=self._skills(finished, tags, projects),
        )

    async def export_pdf(self, user: CurrentUser) -> bytes:
        portfolio = await self.portfolio(user)
        generated = self.clock.today().isoformat()
        return await asyncio.to_thread(render.pdf, portfolio, generated)

    def _skills(
        self, finished: set[str], tags: list[tuple[str, int]], projects: list[Project]
    ) -> list[SkillEntry]:
        skills = []
        for topic in self.curriculum.topics:
            done = sum(lesson.id in finished for lesson in topic.lessons)
            if done:
                skills.append(
                    SkillEntry(name=topic.name, evidence=f"{done}/{len(topic.lessons)} lessons")
                )
        for tag, count in tags:
            skills.append(SkillEntry(name=tag, evidence=f"{_count(count, 'problem')} solved"))
        used: dict[str, int] = {}
        for project in projects:
            for skill in dict.fromkeys(project.skills):
                used[skill] = used.get(skill, 0) + 1
        for skill, count in used.items():
            skills.append(SkillEntry(name=skill, evidence=_count(count, "project")))
        return skills


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


async def _owned(conn: Connection, user: CurrentUser, project_id: str) -> ProjectRecord:
    record = await queries.get_project(conn, project_id)
    if record is None:
        raise NotFound(f"Project {project_id!r} not found")
    if record.user_id != user.id:
        raise Forbidden("This project belongs to another user: only its owner can change it")
    return record


def project_out(record: ProjectRecord) -> Project:
    return Project(
        id=record.id,
        project_name=record.project_name,
        description=record.description,
        skills=load_json(record.skills),
        metrics=load_json(record.metrics),
        url=record.url,
        created_at=record.created_at,
        updated_at=record.updated_at,
    )
