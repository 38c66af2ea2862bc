"""``location``: an empty database of each kind, SQLite file then PostgreSQL (skipped without a
PostgreSQL server, a failure under CI=true: run ``bash scripts/postgres-up.sh``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.db.databases import create_database, drop_database


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    if request.param == "sqlite":
        yield tmp_path / "db.sqlite"
        return
    url = create_database()
    yield url
    drop_database(url)
