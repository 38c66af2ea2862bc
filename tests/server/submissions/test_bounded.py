"""Verdicts are stored bounded: a flood of output or a huge answer cannot grow a row."""

from __future__ import annotations

import math

import msgspec

from pyscape_judge import Status, load_problem
from pyscape_server.submissions.bounded import MAX_TEXT, bounded
from tests.server.db.databases import query
from tests.server.fake_judge import Outcome, scripted_verdict


def test_texts_values_and_figures_are_bounded(server, new_user, judge):
    flood = "class Solution:\n    def twoSum(self, nums, target):\n        print('x' * 10**6)\n"
    judge.script(
        flood,
        Outcome(
            Status.WRONG_ANSWER,
            fail_at=1,
            output=list(range(100_000)),
            stdout="x" * 1_000_000,
            error="e" * 100_000,
        ),
    )
    user = new_user()
    body = user.submit(flood).json()
    failed = body["results"][-1]
    assert failed["stdout"].endswith(f"[cut: {1_000_000 - MAX_TEXT} more characters]")
    assert len(failed["stdout"]) < MAX_TEXT + 100 and len(failed["error"]) < MAX_TEXT + 100
    assert failed["output"].startswith("[cut: ") and "bytes of JSON]" in failed["output"]
    (row,) = query(
        server.settings.database_location,
        "SELECT length(verdict) AS size FROM submissions WHERE id = :id",
        {"id": body["submission_id"]},
    )
    assert row["size"] < 64 * 1024


def test_figures_are_whole_and_finite(server):
    problem = load_problem(server.settings.problems_dir / "two-sum")
    verdict = scripted_verdict(problem, "python", Outcome())
    wild = msgspec.structs.replace(
        verdict,
        runtime_ms=10**30,
        memory_kb=-5,
        results=[msgspec.structs.replace(verdict.results[0], runtime_ms=math.nan)],
    )
    tame = bounded(wild)
    assert tame.runtime_ms == 2**31 - 1 and tame.memory_kb == 0
    assert tame.results[0].runtime_ms == 0.0
    assert tame.results[0].input == verdict.results[0].input  # small values stay as they are
