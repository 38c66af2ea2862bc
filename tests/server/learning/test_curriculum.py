"""The shipped curriculum: complete, consistent, linked to existing problems (no server)."""

from __future__ import annotations

import tomllib

import msgspec
import pytest

from pyscape_judge.paths import default_problems_dir
from pyscape_server.learning import curriculum, roadmap
from pyscape_server.learning.curriculum import Curriculum, CurriculumError, Lesson, Question, Topic

REQUIRED = {
    "Python Basics",
    "JavaScript",
    "Java",
    "C++",
    "Data Structures",
    "Algorithms",
    "Dynamic Programming",
    "Machine Learning",
    "Data Science",
    "SQL",
}


@pytest.fixture(scope="module")
def catalog() -> Curriculum:
    return curriculum.load()


def test_every_topic_is_complete(catalog):
    assert set(catalog.names()) >= REQUIRED
    problem_tags = {
        tag
        for path in default_problems_dir().glob("*/problem.toml")
        for tag in tomllib.loads(path.read_text())["tags"]
    }
    for topic in catalog.topics:
        assert len(topic.lessons) >= 4, topic.id
        assert topic.level in (1, 2, 3)
        for lesson in topic.lessons:
            assert len(lesson.content) > 600 and "```" in lesson.content, lesson.id
            assert 3 <= len(lesson.quiz) <= 5
            assert lesson.practice_tags and set(lesson.practice_tags) <= problem_tags, lesson.id
    assert any(topic.prerequisites for topic in catalog.topics)


@pytest.mark.parametrize(
    ("name", "topic_id"),
    [
        ("ML", "machine_learning"),
        ("py", "python_basics"),
        ("JS", "javascript"),
        ("python basics", "python_basics"),
        ("  Dynamic_Programming ", "dynamic_programming"),
        ("c++", "cpp"),
        ("DP", "dynamic_programming"),
    ],
)
def test_names_and_aliases(catalog, name, topic_id):
    found = catalog.find(name)
    assert found is not None and found.id == topic_id


def _topic(topic_id: str, *prerequisites: str, level: int = 1) -> Topic:
    quiz = [Question(question="?", options=["a", "b"], answer=0, id=f"q{n}") for n in (1, 2, 3)]
    lesson = Lesson(id=f"{topic_id}_1", title="t", level=1, content="c", quiz=quiz)
    return Topic(
        id=topic_id,
        name=topic_id.upper(),
        level=level,
        description="",
        lessons=[msgspec.structs.replace(lesson, topic_id=topic_id)],
        prerequisites=list(prerequisites),
    )


def test_cycles_and_unknown_prerequisites_are_refused():
    with pytest.raises(CurriculumError, match="cycle"):
        curriculum._check(Curriculum([_topic("a", "b"), _topic("b", "a")]))
    with pytest.raises(CurriculumError, match="unknown prerequisite"):
        curriculum._check(Curriculum([_topic("a", "zzz")]))


def test_plan_is_deterministic_and_respects_prerequisites(catalog):
    chosen = [catalog.find("Dynamic Programming"), catalog.find("ML")]
    first = roadmap.plan(catalog, chosen, xp=0, finished=set())
    again = roadmap.plan(catalog, list(reversed(chosen)), xp=0, finished=set())
    names = [t.name for t in first.order]
    assert names == [t.name for t in again.order]
    for topic in first.order:
        for prerequisite in roadmap.ancestors(catalog, topic.id):
            assert names.index(catalog.by_id[prerequisite].name) < names.index(topic.name)
    # a level-3 user is not sent back to the beginner topics they did not ask for
    expert = roadmap.plan(catalog, chosen, xp=1500, finished=set())
    assert "Python Basics" not in [t.name for t in expert.order]
    assert expert.levels[0].level == 3
