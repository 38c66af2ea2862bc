"""A JavaScript stdio program runs in a new Node process per test: Node's start-up is CPU time in
the sandbox's cgroup, which the host allows on top of the limit (``stdio_start_ms``) and takes
off the reported time, while a program that is slow by itself still gets ``timeout``."""

from __future__ import annotations

import json

import pytest

from pyscape_judge import Status, load_problem
from pyscape_judge.languages import get_language

TOML = """
title = "Add (stdio)"
difficulty = "easy"
mode = "stdio"
checker = "exact"

[limits]
time_ms = 150
"""
TESTS = [json.dumps({"input": f"{i} {i}\n", "expected": f"{2 * i}\n"}) for i in range(1, 6)]
ADD = """
const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);
console.log(a + b);
"""
#: Busy for 400 ms of CPU time of its own: over the 150 ms limit and the start-up allowance.
SLOW = "const t = process.cpuUsage(); while (process.cpuUsage(t).user < 4e5) {}\n" + ADD


@pytest.fixture
def problem(make_problem):
    return load_problem(make_problem(TOML, TESTS))


def test_start_up_is_not_counted_against_a_tight_limit(docker_judge, problem) -> None:
    verdict = docker_judge.judge(problem, "javascript", ADD)
    assert verdict.status is Status.ACCEPTED, verdict
    # The program's own time: Node's start-up (about 100 ms of CPU) is not in it.
    assert all(r.runtime_ms < 150 for r in verdict.results), verdict.results


def test_a_slow_program_still_times_out(docker_judge, problem) -> None:
    verdict = docker_judge.judge(problem, "javascript", SLOW)
    assert verdict.status is Status.TIMEOUT, verdict
    assert verdict.results[0].runtime_ms >= 150


def test_the_host_waits_for_the_start_up_too() -> None:
    assert get_language("javascript").stdio_start_ms > 0
    assert get_language("python").stdio_start_ms == 0
