"""The judge's own memory does not grow with what it judges.

A round of the hostile programs that make the host work hardest (floods, raw bytes, forged
records, memory bombs, a crash) plus an accepted solution, through a warm pool. The resident
memory of this process after a warm-up round is compared, after garbage collection, with the
same after three more rounds: what a round leaks, three rounds show. Both backends: the
engine's (whose client keeps connections and responses) and the OCI runtime's (whose judge keeps
pipes, cgroup handles and runtime processes of its own).
"""

from __future__ import annotations

import gc

import psutil
import pytest

from pyscape_judge import Judge
from tests.conftest import require_docker
from tests.hostile.cases import CASES, Case
from tests.hostile.test_programs import SUITE_LIMITS, _backend, assert_verdict_matches

ROUND = [
    case
    for case in CASES
    if case.language in ("python", "javascript")
    and case.name
    in {
        "stdout_flood",
        "stderr_flood",
        "raw_stderr_flood",
        "raw_invalid_utf8",
        "forged_records",
        "memory_bomb",
        "kill_everything",
        "stdio_invalid_utf8",
    }
]
ROUNDS = 3
#: Growth allowed over ROUNDS rounds: allocator noise, far below one leaked flood per run.
ALLOWED_GROWTH_MB = 8


def judge_round(judge: Judge, cases: list[Case]) -> None:
    for case in cases:
        assert_verdict_matches(case, judge.judge(case.problem, case.language, case.code()))


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


@pytest.mark.docker
@pytest.mark.parametrize(
    "runtime", ["runc", pytest.param("oci-crun", marks=pytest.mark.oci)], ids=["docker", "oci"]
)
def test_the_judge_does_not_grow(runtime: str) -> None:
    require_docker()
    with Judge(backend=_backend(runtime), limits=SUITE_LIMITS, pool_size=1) as judge:
        judge_round(judge, ROUND)
        before = rss_mb()
        for _ in range(ROUNDS):
            judge_round(judge, ROUND)
        after = rss_mb()
    print(f"judge RSS after a warm-up round {before:.1f} MB, after {ROUNDS} more {after:.1f} MB")
    assert after - before < ALLOWED_GROWTH_MB, (before, after)
