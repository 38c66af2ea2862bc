"""Problems as users see them: listing, filters, details (never solutions or hidden tests)."""

from __future__ import annotations

import logging

from pyscape_judge import LanguageError, Problem, ProblemError, get_language, languages
from pyscape_server.db import Database
from pyscape_server.db import problems as queries
from pyscape_server.db.problems import ProblemRecord
from pyscape_server.db.records import load_json
from pyscape_server.errors import InvalidInput, JudgeUnavailable, ProblemNotFound
from pyscape_server.judging import UNAVAILABLE
from pyscape_server.problems.catalog import Catalog
from pyscape_server.schemas import query_list
from pyscape_server.problems.schemas import (
    Difficulty,
    Example,
    Limits,
    ProblemDetail,
    ProblemPage,
    ProblemSummary,
)

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "python"


class ProblemService:
    """Reads problems from the database; their folders (what the judge runs) from the catalog."""

    def __init__(self, db: Database, catalog: Catalog) -> None:
        self.db = db
        self.catalog = catalog

    async def search(
        self,
        *,
        difficulty: Difficulty | None,
        language: str | None,
        tags: str | None,
        limit: int,
        offset: int,
    ) -> ProblemPage:
        wanted = check_language(language) if language else None
        tag_list = query_list(tags, "tags")
        async with self.db.read() as conn:
            rows, total = await queries.search(
                conn,
                difficulty=str(difficulty) if difficulty else None,
                language=wanted,
                tags=tag_list,
                limit=limit,
                offset=offset,
            )
        shown = wanted or DEFAULT_LANGUAGE
        return ProblemPage(
            problems=[_summary(row, shown) for row in rows],
            total=total,
            limit=limit,
            offset=offset,
            has_more=offset + len(rows) < total,
        )

    async def detail(self, id_or_slug: str, language: str | None) -> ProblemDetail:
        name = check_language(language or DEFAULT_LANGUAGE)
        row = await self.find(id_or_slug)
        return ProblemDetail(
            id=row.id,
            slug=row.slug,
            title=row.title,
            description=row.statement,
            difficulty=Difficulty(row.difficulty),
            tags=load_json(row.tags),
            language=name,
            languages=load_json(row.languages),
            starter_code=load_json(row.starters).get(name, ""),
            mode=row.mode,
            examples=[Example(input=e["input"], expected=e["expected"]) for e in load_json(row.examples)],
            total_test_cases=row.total_tests,
            limits=Limits(time_ms=row.time_limit_ms, memory_mb=row.memory_limit_mb),
        )

    async def find(self, id_or_slug: str, *, include_hidden: bool = False) -> ProblemRecord:
        """A problem by id or slug; :class:`ProblemNotFound` when there is none."""
        async with self.db.read() as conn:
            row = await queries.get(conn, id_or_slug, include_hidden=include_hidden)
        if row is None:
            raise ProblemNotFound(f"Problem {id_or_slug!r} not found")
        return row

    async def for_judging(
        self, *, slug: str | None, problem_id: str | None
    ) -> tuple[ProblemRecord, Problem]:
        """The visible problem named by ``slug`` (or ``problem_id``), and its loaded folder."""
        key = slug or problem_id
        if not key:
            raise InvalidInput("Problem slug or problem id is required")
        async with self.db.read() as conn:
            row = await queries.get(conn, key)
        if row is None:
            what = f"slug {slug!r}" if slug else f"id {problem_id!r}"
            raise ProblemNotFound(f"Problem with {what} not found")
        if slug and problem_id and problem_id not in (row.id, row.slug):
            raise InvalidInput(f"problem_slug {slug!r} and problem_id {problem_id!r} disagree")
        try:
            problem = await self.catalog.get(row.slug)
        except ProblemError as e:
            log.error("problem %s cannot be judged: %s", row.slug, e)
            raise JudgeUnavailable(UNAVAILABLE) from None
        return row, problem


def check_code(code: str, max_bytes: int) -> None:
    """The one check of submitted code (REST and duels): not blank, at most ``max_bytes``."""
    if not code.strip():
        raise InvalidInput("Code is required")
    size = len(code.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InvalidInput(f"Code is too long: {size} bytes, the limit is {max_bytes} bytes")


def check_language(name: str) -> str:
    """The judge's name of language ``name`` (aliases like ``py`` or ``c++`` allowed)."""
    try:
        return get_language(name).name
    except LanguageError:
        raise InvalidInput(
            f"Unknown language {name!r}: use one of {', '.join(languages())}"
        ) from None


def _summary(row: ProblemRecord, language: str) -> ProblemSummary:
    return ProblemSummary(
        id=row.id,
        slug=row.slug,
        title=row.title,
        description=row.summary,
        difficulty=Difficulty(row.difficulty),
        language=language,
        languages=load_json(row.languages),
        tags=load_json(row.tags),
    )
