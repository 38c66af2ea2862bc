"""Bodies of the problem routes (seed 000)."""

from __future__ import annotations

import enum
from typing import Any

from pyscape_server.schemas import Schema


class Difficulty(enum.StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class ProblemSummary(Schema):
    id: str
    slug: str
    title: str
    #: The statement's first paragraph.
    description: str
    difficulty: Difficulty
    #: The language asked for (``python`` when none was).
    language: str
    #: Every language the problem can be solved in.
    languages: list[str]
    tags: list[str]


class ProblemPage(Schema):
    problems: list[ProblemSummary]
    total: int
    limit: int
    offset: int
    has_more: bool


class Example(Schema):
    """A visible test: the arguments (stdin for stdio problems) and the expected answer."""

    input: Any
    expected: Any


class Limits(Schema):
    time_ms: int
    memory_mb: int


class ProblemDetail(Schema):
    id: str
    slug: str
    title: str
    #: The whole statement, in Markdown.
    description: str
    difficulty: Difficulty
    tags: list[str]
    language: str
    languages: list[str]
    #: Starter code in ``language``.
    starter_code: str
    #: ``function`` (LeetCode style) or ``stdio`` (read stdin, print the answer).
    mode: str
    examples: list[Example]
    total_test_cases: int
    limits: Limits
