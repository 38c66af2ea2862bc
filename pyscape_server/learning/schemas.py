"""Bodies of the roadmap and lesson routes (seed 000)."""

from __future__ import annotations

from typing import Annotated

import msgspec

from pyscape_server.schemas import Schema

TopicName = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]


class RoadmapRequest(Schema):
    #: Topic names, ids or aliases ("Python Basics", "py", "ML"), case-insensitive.
    topics: Annotated[list[TopicName], msgspec.Meta(min_length=1, max_length=20)]


class Skill(Schema):
    #: The topic's tier: 1 beginner, 2 intermediate, 3 advanced.
    level: int
    #: Lessons still to do, in order.
    lessons: list[str]
    #: Lessons the user has finished already.
    completed: list[str]
    #: Topics to learn first (names).
    prerequisites: list[str]
    #: ``chosen``, or ``prerequisite`` when added because a chosen topic needs it.
    reason: str


class LevelStep(Schema):
    level: int
    xp_required: int


class Roadmap(Schema):
    id: str
    #: The topics asked for (their names).
    topics: list[str]
    #: Every topic of the roadmap in learning order (prerequisites first).
    order: list[str]
    #: By topic name, in learning order.
    skills: dict[str, Skill]
    #: From the user's level to the one reached after every lesson of the roadmap.
    levels: list[LevelStep]
    #: The user's XP and level now.
    xp_total: int
    level: int
    generated_at: str


class PracticeProblemOut(Schema):
    id: str
    slug: str
    title: str
    difficulty: str


class QuizQuestionOut(Schema):
    id: str
    question: str
    options: list[str]
    #: The index of the right option (seed 000): quizzes are practice, XP is given once.
    correct_answer: int


class LessonOut(Schema):
    id: str
    title: str
    type: str
    topic: str
    level: int
    #: Markdown.
    content: str
    quiz_questions: list[QuizQuestionOut]
    practice_tags: list[str]
    practice_problems: list[PracticeProblemOut]
    completed: bool


class LessonCompletion(Schema):
    #: Quiz answers: option indexes, by question id (``{"q1": 0}``) or in order (``[0, 2, 1]``).
    answers: dict[str, int] | list[int] | None = None


class QuestionResult(Schema):
    id: str
    answer: int | None
    correct_answer: int
    correct: bool


class QuizResult(Schema):
    score: int
    total: int
    results: list[QuestionResult]


class LessonCompleted(Schema):
    lesson_id: str
    #: 50 the first time, 0 after.
    xp_earned: int
    new_total_xp: int
    level: int
    level_up: bool
    already_completed: bool
    #: ``null`` when no answers were sent.
    quiz: QuizResult | None
