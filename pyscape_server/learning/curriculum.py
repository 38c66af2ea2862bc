"""The curriculum: topics and lessons read from the TOML files of ``pyscape_server/curriculum``.

One file per topic. A topic has a ``name``, ``aliases``, a ``level`` (1 beginner,
2 intermediate, 3 advanced), ``order`` (among topics of its level), ``prerequisites`` (topic
ids) and ``[[lessons]]``; a lesson has an ``id``, ``title``, ``level``, markdown ``content``,
``practice_tags`` (tags of problems/) and ``[[lessons.quiz]]`` questions (``question``,
``options``, ``answer``: the right option's index). :func:`load` checks all of it, so a
broken file stops the server at start.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import msgspec

_ID = re.compile(r"^[a-z0-9_]+$")


class CurriculumError(Exception):
    """A curriculum file is invalid: the message names the file and the field."""


class Question(msgspec.Struct, kw_only=True, frozen=True):
    question: str
    options: list[str]
    answer: int
    id: str = ""


class Lesson(msgspec.Struct, kw_only=True, frozen=True):
    id: str
    title: str
    level: int
    content: str
    quiz: list[Question]
    type: str = "reading"
    practice_tags: list[str] = []
    topic_id: str = ""


class Topic(msgspec.Struct, kw_only=True, frozen=True):
    id: str
    name: str
    level: int
    description: str
    lessons: list[Lesson]
    aliases: list[str] = []
    prerequisites: list[str] = []
    #: Place among the topics of the same level (the catalog's order).
    order: int = 100


class Curriculum:
    """Every topic and lesson, looked up by id, name or alias."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics
        self.by_id = {t.id: t for t in topics}
        self.lessons = {lesson.id: lesson for t in topics for lesson in t.lessons}
        self._names: dict[str, Topic] = {}
        for topic in topics:
            for name in (topic.id, topic.name, *topic.aliases):
                other = self._names.setdefault(normalize(name), topic)
                if other is not topic:
                    raise CurriculumError(f"{name!r} names both {other.id!r} and {topic.id!r}")

    def find(self, name: str) -> Topic | None:
        """The topic called ``name`` (its name, id or an alias; case and spacing ignored)."""
        return self._names.get(normalize(name))

    def names(self) -> list[str]:
        return [t.name for t in self.topics]


def normalize(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name.strip().lower())


def load() -> Curriculum:
    """The curriculum shipped with the server, checked."""
    topics: list[Topic] = []
    folder = resources.files("pyscape_server") / "curriculum"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        try:
            raw = tomllib.loads(entry.read_text(encoding="utf-8"))
            topic = msgspec.convert(raw, Topic)
        except (tomllib.TOMLDecodeError, msgspec.ValidationError) as e:
            raise CurriculumError(f"curriculum/{entry.name}: {e}") from e
        topics.append(_finish(topic, entry.name))
    topics.sort(key=lambda t: (t.level, t.order, t.id))
    curriculum = Curriculum(topics)
    _check(curriculum)
    return curriculum


def _finish(topic: Topic, filename: str) -> Topic:
    lessons = []
    for lesson in topic.lessons:
        where = f"curriculum/{filename}: lesson {lesson.id!r}"
        if not _ID.match(lesson.id):
            raise CurriculumError(f"{where}: ids are lower_snake_case")
        if not 3 <= len(lesson.quiz) <= 5:
            raise CurriculumError(f"{where}: needs 3 to 5 quiz questions")
        quiz = []
        for n, q in enumerate(lesson.quiz, 1):
            if not 0 <= q.answer < len(q.options) or len(q.options) < 2:
                raise CurriculumError(f"{where}: question {n}: answer is not one of the options")
            quiz.append(msgspec.structs.replace(q, id=f"q{n}"))
        lessons.append(msgspec.structs.replace(lesson, quiz=quiz, topic_id=topic.id))
    lessons.sort(key=lambda lesson: lesson.level)  # stable: file order within a level
    return msgspec.structs.replace(topic, lessons=lessons)


def _check(curriculum: Curriculum) -> None:
    seen: set[str] = set()
    for topic in curriculum.topics:
        for lesson in topic.lessons:
            if lesson.id in seen:
                raise CurriculumError(f"lesson id {lesson.id!r} is used twice")
            seen.add(lesson.id)
        for prerequisite in topic.prerequisites:
            if prerequisite not in curriculum.by_id:
                raise CurriculumError(f"topic {topic.id!r}: unknown prerequisite {prerequisite!r}")
    state: dict[str, int] = {}

    def visit(topic_id: str, path: tuple[str, ...]) -> None:
        if state.get(topic_id) == 2:
            return
        if state.get(topic_id) == 1:
            raise CurriculumError(f"prerequisite cycle: {' -> '.join((*path, topic_id))}")
        state[topic_id] = 1
        for prerequisite in curriculum.by_id[topic_id].prerequisites:
            visit(prerequisite, (*path, topic_id))
        state[topic_id] = 2

    for topic in curriculum.topics:
        visit(topic.id, ())
