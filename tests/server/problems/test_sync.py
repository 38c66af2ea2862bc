"""Syncing problems/ into the database by slug: added, updated in place, hidden, history kept."""

from __future__ import annotations

import asyncio
import shutil

from pyscape_judge.paths import default_problems_dir
from pyscape_server.clock import FixedClock
from pyscape_server.db import Database, migrate
from pyscape_server.db import problems as queries
from pyscape_server.problems.catalog import Catalog
from pyscape_server.problems.sync import summary, sync_problems


def test_sync_by_slug(tmp_path):
    folder = tmp_path / "problems"
    folder.mkdir()
    for slug in ("two-sum", "move-zeroes"):
        shutil.copytree(default_problems_dir() / slug, folder / slug)
    clock = FixedClock()

    async def sync():
        db = Database(tmp_path / "db.sqlite", readers=1)
        await db.connect()
        await migrate(db)
        try:
            report = await sync_problems(db, Catalog(folder), clock)
            async with db.read() as conn:
                index = await queries.index(conn)
                listed, total = await queries.search(
                    conn, difficulty=None, language=None, tags=[], limit=10, offset=0
                )
                found = await queries.get(conn, "two-sum", include_hidden=True)
            return report, index, [p.slug for p in listed], total, found
        finally:
            await db.close()

    report, first, listed, total, _ = asyncio.run(sync())
    assert sorted(report.added) == ["move-zeroes", "two-sum"] and total == 2

    report, again, *_ = asyncio.run(sync())
    assert sorted(report.unchanged) == ["move-zeroes", "two-sum"] and again == first

    statement = folder / "two-sum" / "statement.md"
    statement.write_text(statement.read_text().replace("# Two Sum", "# Two Sum, revised"))
    shutil.rmtree(folder / "move-zeroes")
    report, index, listed, total, two_sum = asyncio.run(sync())
    assert report.updated == ["two-sum"] and report.hidden == ["move-zeroes"]
    assert index["two-sum"].id == first["two-sum"].id  # same id: history stays attached
    assert index["two-sum"].version != first["two-sum"].version
    assert index["move-zeroes"].hidden and listed == ["two-sum"] and total == 1
    assert two_sum.statement.startswith("# Two Sum, revised")

    shutil.copytree(default_problems_dir() / "move-zeroes", folder / "move-zeroes")
    (folder / "broken").mkdir()
    (folder / "broken" / "problem.toml").write_text("title = 3\n")
    report, index, listed, *_ = asyncio.run(sync())
    assert report.updated == ["move-zeroes"] and not index["move-zeroes"].hidden
    assert index["move-zeroes"].id == first["move-zeroes"].id
    assert "broken" in report.failed and "broken" not in index


def test_summary_is_the_first_paragraph():
    text = "# Title\n\nGiven an array\nof integers.\n\n## Example\n\nmore"
    assert summary(text) == "Given an array of integers."
    assert summary("# Only a title") == ""
    long = summary("# T\n\n" + "word " * 200)
    assert len(long) <= 280 and long.endswith("…")
