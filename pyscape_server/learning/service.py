"""Roadmaps and lessons: the rules, no HTTP."""

from __future__ import annotations

import uuid
from typing import Any

import msgspec

from pyscape_server.accounts.service import CurrentUser
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Database
from pyscape_server.db import learning as queries
from pyscape_server.db import progress as progress_queries
from pyscape_server.db.learning import RoadmapRecord
from pyscape_server.db.records import dump_json
from pyscape_server.errors import InvalidInput, NotFound
from pyscape_server.learning import roadmap
from pyscape_server.learning.curriculum import Curriculum, Lesson, Topic
from pyscape_server.learning.schemas import (
    LessonCompleted,
    LessonCompletion,
    LessonOut,
    PracticeProblemOut,
    QuestionResult,
    QuizQuestionOut,
    QuizResult,
    Roadmap,
    RoadmapRequest,
)
from pyscape_server.progress.xp import LESSON_XP, level_for

#: Practice problems listed with a lesson.
PRACTICE_LIMIT = 5


class LearningService:
    def __init__(self, db: Database, clock: Clock, curriculum: Curriculum) -> None:
        self.db = db
        self.clock = clock
        self.curriculum = curriculum

    # ----------------------------------------------------------------------- roadmaps

    async def generate(self, user: CurrentUser, request: RoadmapRequest) -> Roadmap:
        chosen = self.resolve(request.topics)
        async with self.db.transaction() as conn:
            result = await self._planned(
                conn, user, chosen, str(uuid.uuid4()), timestamp(self.clock.now())
            )
            await queries.save_roadmap(
                conn,
                RoadmapRecord(
                    id=result.id,
                    user_id=user.id,
                    topics=dump_json(result.topics),
                    body=dump_json(result),
                    generated_at=result.generated_at,
                ),
            )
        return result

    async def current(self, user: CurrentUser) -> Roadmap:
        """The caller's roadmap as of now: its topics, planned on today's progress."""
        async with self.db.read() as conn:
            record = await queries.get_roadmap(conn, user.id)
            if record is None:
                raise NotFound("No roadmap yet: generate one with POST /api/roadmap/generate")
            stored = msgspec.json.decode(record.body, type=Roadmap)
            chosen = [t for name in stored.topics if (t := self.curriculum.find(name))]
            return await self._planned(conn, user, chosen, stored.id, stored.generated_at)

    async def _planned(
        self, conn: Any, user: CurrentUser, chosen: list[Topic], roadmap_id: str, at: str
    ) -> Roadmap:
        xp = await queries.user_xp(conn, user.id)
        finished = await queries.finished_lessons(conn, user.id)
        planned = roadmap.plan(self.curriculum, chosen, xp=xp, finished=finished)
        return Roadmap(
            id=roadmap_id,
            topics=[t.name for t in chosen],
            order=[t.name for t in planned.order],
            skills=planned.skills,
            levels=planned.levels,
            xp_total=xp,
            level=level_for(xp),
            generated_at=at,
        )

    def resolve(self, names: list[str]) -> list[Topic]:
        """The topics ``names`` name, without duplicates (400 naming the unknown ones)."""
        found: list[Topic] = []
        unknown: list[str] = []
        for name in names:
            topic = self.curriculum.find(name)
            if topic is None:
                unknown.append(name)
            elif topic not in found:
                found.append(topic)
        if unknown:
            known = self.curriculum.names()
            raise InvalidInput(
                f"Unknown topic(s): {', '.join(map(repr, unknown))}."
                f" Known topics: {', '.join(known)}",
                details={"unknown": unknown, "known": known},
            )
        return found

    # ------------------------------------------------------------------------ lessons

    def lesson_of(self, lesson_id: str) -> Lesson:
        lesson = self.curriculum.lessons.get(lesson_id)
        if lesson is None:
            raise NotFound(f"Lesson {lesson_id!r} not found: roadmaps list the lesson ids")
        return lesson

    async def lesson(self, user: CurrentUser, lesson_id: str) -> LessonOut:
        lesson = self.lesson_of(lesson_id)
        async with self.db.read() as conn:
            problems = await queries.practice_problems(
                conn, lesson.practice_tags, limit=PRACTICE_LIMIT
            )
            finished = await queries.finished_lessons(conn, user.id)
        return LessonOut(
            id=lesson.id,
            title=lesson.title,
            type=lesson.type,
            topic=self.curriculum.by_id[lesson.topic_id].name,
            level=lesson.level,
            content=lesson.content,
            quiz_questions=[
                QuizQuestionOut(
                    id=q.id, question=q.question, options=q.options, correct_answer=q.answer
                )
                for q in lesson.quiz
            ],
            practice_tags=lesson.practice_tags,
            practice_problems=[
                PracticeProblemOut(id=p.id, slug=p.slug, title=p.title, difficulty=p.difficulty)
                for p in problems
            ],
            completed=lesson.id in finished,
        )

    async def complete(
        self, user: CurrentUser, lesson_id: str, request: LessonCompletion | None
    ) -> LessonCompleted:
        lesson = self.lesson_of(lesson_id)
        quiz = score(lesson, request.answers) if request and request.answers is not None else None
        now = timestamp(self.clock.now())
        async with self.db.transaction() as conn:
            before = await queries.user_xp(conn, user.id)
            awarded = await progress_queries.award_xp(
                conn, user_id=user.id, source="lesson", subject=lesson.id, amount=LESSON_XP, now=now
            )
            await queries.record_completion(
                conn,
                user_id=user.id,
                lesson_id=lesson.id,
                score=quiz.score if quiz else 0,
                total=len(lesson.quiz),
                now=now,
            )
            after = await queries.user_xp(conn, user.id)
        return LessonCompleted(
            lesson_id=lesson.id,
            xp_earned=LESSON_XP if awarded else 0,
            new_total_xp=after,
            level=level_for(after),
            level_up=level_for(after) > level_for(before),
            already_completed=not awarded,
            quiz=quiz,
        )


def score(lesson: Lesson, answers: dict[str, int] | list[int]) -> QuizResult:
    """The quiz of ``lesson`` scored (a question left out counts as wrong)."""
    ids = [q.id for q in lesson.quiz]
    if isinstance(answers, list):
        if len(answers) > len(ids):
            raise InvalidInput(f"The quiz has {len(ids)} questions, {len(answers)} answers given")
        given = dict(zip(ids, answers, strict=False))
    else:
        unknown = sorted(set(answers) - set(ids))
        if unknown:
            raise InvalidInput(
                f"Unknown question id(s) {', '.join(unknown)}: this quiz has {', '.join(ids)}"
            )
        given = answers
    results = [
        QuestionResult(
            id=q.id,
            answer=given.get(q.id),
            correct_answer=q.answer,
            correct=given.get(q.id) == q.answer,
        )
        for q in lesson.quiz
    ]
    return QuizResult(score=sum(r.correct for r in results), total=len(results), results=results)
