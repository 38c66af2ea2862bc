"""Problem folders -> database rows, by slug, at start.

A new folder gets a new id; a changed one (its version hash differs) is updated in place and
keeps its id; a folder that disappeared is hidden, never deleted, so that submissions and
progress keep pointing at it. A folder that does not load is reported and left out (hidden
if it was known). Unchanged folders are not loaded at all.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid

import msgspec

from pyscape_judge import Problem, ProblemError
from pyscape_judge import languages
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Database
from pyscape_server.db import problems as queries
from pyscape_server.db.problems import ProblemRecord
from pyscape_server.db.records import dump_json
from pyscape_server.problems.catalog import Catalog

log = logging.getLogger(__name__)

SUMMARY_CHARS = 280


class SyncReport(msgspec.Struct, kw_only=True):
    added: list[str] = []
    updated: list[str] = []
    hidden: list[str] = []
    unchanged: list[str] = []
    failed: dict[str, str] = {}

    def __str__(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.hidden)} hidden",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.failed:
            parts.append(f"{len(self.failed)} failed ({', '.join(self.failed)})")
        return ", ".join(parts)


async def sync_problems(db: Database, catalog: Catalog, clock: Clock) -> SyncReport:
    """Make the database's problems match the folders (see the module's docstring)."""
    report = SyncReport()
    folders = await asyncio.to_thread(catalog.scan)
    async with db.read() as conn:
        known = await queries.index(conn)
    loaded: dict[str, Problem] = {}
    for slug, folder in folders.items():
        entry = known.get(slug)
        if entry is not None and entry.version == folder.version and not entry.hidden:
            report.unchanged.append(slug)
            continue
        try:
            loaded[slug] = await asyncio.to_thread(catalog.load, slug)
        except ProblemError as e:
            report.failed[slug] = str(e)
            log.error("problem %s left out: %s", slug, e)
    now = timestamp(clock.now())
    async with db.transaction() as conn:
        # Again under the write lock: another replica starting at the same time may have
        # synced the same folders since the first look.
        known = await queries.index(conn)
        for slug, problem in loaded.items():
            entry = known.get(slug)
            if entry is not None and entry.version == problem.version and not entry.hidden:
                report.unchanged.append(slug)
                continue
            if entry is None:
                record = to_record(problem, str(uuid.uuid4()), now, now)
                await queries.insert(conn, record)
                report.added.append(slug)
            else:
                record = to_record(problem, entry.id, now, now)
                await queries.update(conn, record)
                report.updated.append(slug)
            await queries.set_labels(conn, record.id, _tags(problem), supported_languages(problem))
        for slug, entry in known.items():
            if (slug not in folders or slug in report.failed) and not entry.hidden:
                await queries.hide(conn, entry.id, now)
                report.hidden.append(slug)
    log.info("problems synced: %s", report)
    return report


def to_record(problem: Problem, problem_id: str, created_at: str, now: str) -> ProblemRecord:
    examples = [{"input": t.input, "expected": t.expected} for t in problem.tests if not t.hidden]
    return ProblemRecord(
        id=problem_id,
        slug=problem.slug,
        title=problem.title,
        difficulty=str(problem.difficulty),
        mode=str(problem.mode),
        statement=problem.statement,
        summary=summary(problem.statement),
        examples=dump_json(examples),
        starters=dump_json(starters(problem)),
        tags=dump_json(_tags(problem)),
        languages=dump_json(supported_languages(problem)),
        total_tests=len(problem.tests),
        time_limit_ms=problem.limits.time_ms,
        memory_limit_mb=problem.limits.memory_mb,
        version=problem.version,
        hidden=False,
        created_at=created_at,
        updated_at=now,
    )


def supported_languages(problem: Problem) -> list[str]:
    """The languages with a reference solution (proved by validation); all when none has one."""
    known = list(languages())
    proved = [name for name in known if name in problem.solutions]
    return proved or known


def starters(problem: Problem) -> dict[str, str]:
    """Starter code per language: the author's, else generated from the signature."""
    found: dict[str, str] = {}
    for name, language in languages().items():
        code = problem.starters.get(name)
        if code is None and problem.signature is not None:
            try:
                code = language.starter(problem.signature)
            except NotImplementedError:
                code = None
        found[name] = code or ""
    return found


def summary(statement: str) -> str:
    """The statement's first paragraph of prose, on one line, at most 280 characters."""
    for block in re.split(r"\n\s*\n", statement):
        text = block.strip()
        if text and not text.startswith(("#", "```", "|", "!")):
            line = " ".join(text.split())
            if len(line) <= SUMMARY_CHARS:
                return line
            return line[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return ""


def _tags(problem: Problem) -> list[str]:
    return list(dict.fromkeys(t.strip().lower() for t in problem.tags if t.strip()))
