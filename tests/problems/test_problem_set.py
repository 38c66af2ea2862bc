"""The whole problem set validates: every reference solution in every language is accepted and
every wrong/ solution gets the verdict it declares (what `pyscape-judge validate` checks)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pyscape_judge import Judge, iter_problems
from pyscape_judge.authoring import validate
from tests.conftest import require_docker

PROBLEMS = list(iter_problems())


@pytest.fixture(scope="module")
def judge() -> Iterator[Judge]:
    require_docker()
    judge = Judge(reveal_hidden=True, pool_size=2)
    yield judge
    judge.close()


def test_the_set_is_complete() -> None:
    slugs = {p.name for p in PROBLEMS}
    assert len(slugs) >= 7
    assert {
        "two-sum",
        "valid-parentheses",
        "reverse-linked-list",
        "maximum-depth-of-binary-tree",
        "min-stack",
        "move-zeroes",
    } <= slugs


@pytest.mark.docker
@pytest.mark.parametrize("folder", PROBLEMS, ids=[p.name for p in PROBLEMS])
def test_problem_validates(judge: Judge, folder: Path) -> None:
    [report] = validate([folder], judge=judge)
    failures = [f"{c.path}: {c.message}" for c in report.checks if not c.ok]
    assert report.ok, report.error or "\n".join(failures)
