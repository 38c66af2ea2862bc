"""Roadmap planning, pure: which topics, in which order, which lessons are left.

* Every chosen topic is in the roadmap. Its prerequisites (transitively) are added before it,
  except those the user is past: a tier below the user's level with no lesson finished (a
  level-3 user is not sent back to beginner topics they did not ask for). A topic with a
  finished lesson stays listed, its finished lessons under ``completed``.
* Order: a topic comes after every prerequisite in the roadmap; among topics ready at the same
  time, lower tiers first, then the curriculum's order. The same input gives the same roadmap.
* Each topic lists its unfinished lessons (and, apart, the finished ones).
"""

from __future__ import annotations

import msgspec

from pyscape_server.learning.curriculum import Curriculum, Topic
from pyscape_server.learning.schemas import LevelStep, Skill
from pyscape_server.progress.xp import LESSON_XP, level_for, xp_for_level


class Plan(msgspec.Struct, kw_only=True):
    order: list[Topic]
    skills: dict[str, Skill]
    levels: list[LevelStep]


def plan(curriculum: Curriculum, chosen: list[Topic], *, xp: int, finished: set[str]) -> Plan:
    level = level_for(xp)
    chosen_ids = {t.id for t in chosen}

    def past(topic: Topic) -> bool:
        return topic.level < level and not any(lesson.id in finished for lesson in topic.lessons)

    included: set[str] = set()

    def include(topic: Topic) -> None:
        if topic.id in included:
            return
        included.add(topic.id)
        for prerequisite_id in topic.prerequisites:
            prerequisite = curriculum.by_id[prerequisite_id]
            if prerequisite_id in chosen_ids or not past(prerequisite):
                include(prerequisite)

    for topic in chosen:
        include(topic)

    rank = {t.id: n for n, t in enumerate(curriculum.topics)}
    needs = {t: ancestors(curriculum, t) & included for t in included}
    order: list[Topic] = []
    done: set[str] = set()
    while len(order) < len(included):
        ready = [t for t in included - done if needs[t] <= done]
        nxt = min(ready, key=lambda t: (curriculum.by_id[t].level, rank[t]))
        order.append(curriculum.by_id[nxt])
        done.add(nxt)

    skills: dict[str, Skill] = {}
    remaining = 0
    for topic in order:
        todo = [lesson.id for lesson in topic.lessons if lesson.id not in finished]
        remaining += len(todo)
        skills[topic.name] = Skill(
            level=topic.level,
            lessons=todo,
            completed=[lesson.id for lesson in topic.lessons if lesson.id in finished],
            prerequisites=[curriculum.by_id[p].name for p in topic.prerequisites],
            reason="chosen" if topic.id in chosen_ids else "prerequisite",
        )
    last = max(level + 1, level_for(xp + remaining * LESSON_XP))
    levels = [LevelStep(level=n, xp_required=xp_for_level(n)) for n in range(level, last + 1)]
    return Plan(order=order, skills=skills, levels=levels)


def ancestors(curriculum: Curriculum, topic_id: str) -> set[str]:
    """Every topic ``topic_id`` needs, directly or not."""
    found: set[str] = set()
    stack = list(curriculum.by_id[topic_id].prerequisites)
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(curriculum.by_id[current].prerequisites)
    return found
