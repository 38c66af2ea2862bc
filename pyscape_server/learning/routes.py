"""Routes of learning: /api/roadmap/* and /api/lessons/* (seed 000)."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from pyscape_server.deps import User, service
from pyscape_server.learning.schemas import (
    LessonCompleted,
    LessonCompletion,
    LessonOut,
    Roadmap,
    RoadmapRequest,
)
from pyscape_server.learning.service import LearningService
from pyscape_server.openapi import SECURED, basic_errors

Learning = NamedDependency[LearningService]


class LearningController(Controller):
    path = "/api"
    tags = ["learning"]
    security = SECURED
    dependencies = {"learning": service("learning")}

    @post(
        "/roadmap/generate",
        operation_id="generateRoadmap",
        status_code=201,
        responses=basic_errors(400, 401),
    )
    async def generate(
        self, data: JSONBody[RoadmapRequest], user: User, learning: Learning
    ) -> Roadmap:
        """A roadmap for the chosen topics: prerequisites first, finished lessons left out.
        It replaces the caller's previous roadmap."""
        return await learning.generate(user, data)

    @get("/roadmap", operation_id="getRoadmap", responses=basic_errors(401, 404))
    async def current(self, user: User, learning: Learning) -> Roadmap:
        """The caller's latest roadmap (404 until one is generated)."""
        return await learning.current(user)

    @get(
        "/lessons/{lesson_id:str}", operation_id="getLesson", responses=basic_errors(400, 401, 404)
    )
    async def lesson(self, lesson_id: FromPath[str], user: User, learning: Learning) -> LessonOut:
        """A lesson's content, quiz questions (without answers) and practice problems."""
        return await learning.lesson(user, lesson_id)

    @post(
        "/lessons/{lesson_id:str}/complete",
        operation_id="completeLesson",
        status_code=200,
        responses=basic_errors(400, 401, 404),
    )
    async def complete(
        self,
        lesson_id: FromPath[str],
        user: User,
        learning: Learning,
        data: JSONBody[LessonCompletion | None] = None,
    ) -> LessonCompleted:
        """Mark a lesson complete (50 XP the first time only), scoring quiz answers if sent."""
        return await learning.complete(user, lesson_id, data)
