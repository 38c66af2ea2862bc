"""Judging through the Redis queue with real workers: same verdicts, streamed progress, dead
workers, deadlines, refused versions, the queue's status."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest

from pyscape_judge import Judge, Problem, Status, TestResult, Verdict, load_problem
from pyscape_judge.worker.client import QueueJudge, Ticket
from pyscape_judge.worker.protocol import Done, Started
from tests.polling import wait_until
from tests.queue.conftest import (
    NAP,
    NAP_TESTS,
    RedisServer,
    WorkerProcess,
    events,
    queue_status,
)
from tests.server.conftest import TWO_SUM, TWO_SUM_WRONG

CRASH = "class Solution:\n    def twoSum(self, nums, target):\n        return nums[99]\n"


def comparable(verdict: Verdict) -> dict[str, Any]:
    """A verdict without its measurements (time and memory differ from run to run)."""
    data = msgspec.to_builtins(verdict)
    for item in [data, *data["results"]]:
        item.pop("runtime_ms"), item.pop("memory_kb")
    return data


def judge_on_queue(url: str, problem: Problem, code: str, **options: Any) -> Verdict:
    async def run() -> Verdict:
        async with QueueJudge(url, **options) as judge:
            return await judge.judge_async(problem, "python", code)

    return asyncio.run(run())


async def started(url: str, ticket: Ticket, attempt: int) -> Started:
    """The ``started`` event of ``attempt``, once a worker posted it."""

    def find() -> Started | None:
        return next(
            (e for e in events(url, ticket.key) if isinstance(e, Started) and e.attempt == attempt),
            None,
        )

    return await asyncio.to_thread(wait_until, find, f"attempt {attempt} to start")


def by_name(workers: list[WorkerProcess], name: str) -> WorkerProcess:
    return next(w for w in workers if w.name == name)


@pytest.fixture(scope="module")
def nap(queue_problems: Path) -> Problem:
    return load_problem(queue_problems / "nap")


@pytest.fixture(scope="module")
def two_sum(queue_problems: Path) -> Problem:
    return load_problem(queue_problems / "two-sum")


def test_same_verdicts_as_in_process(redis_url, start_worker, two_sum, user_judge: Judge):
    start_worker()
    for code, status in (
        (TWO_SUM, Status.ACCEPTED),
        (TWO_SUM_WRONG, Status.WRONG_ANSWER),
        (CRASH, Status.RUNTIME_ERROR),
    ):
        queued = judge_on_queue(redis_url, two_sum, code)
        local = user_judge.judge(two_sum, "python", code)
        assert queued.status is status, queued
        assert comparable(queued) == comparable(local)


def test_results_stream_before_the_verdict(redis_url, start_worker, nap):
    start_worker()
    seen: list[tuple[int, bool]] = []

    async def run() -> tuple[Ticket, Verdict]:
        async with QueueJudge(redis_url) as judge:
            ticket = await judge.enqueue(nap, "python", NAP)

            def on_result(result: TestResult) -> None:
                done = any(isinstance(e, Done) for e in events(redis_url, ticket.key))
                seen.append((result.test_number, done))

            return ticket, await judge.wait(ticket, on_result=on_result)

    ticket, verdict = asyncio.run(run())
    assert verdict.status is Status.ACCEPTED and verdict.summary.passed == NAP_TESTS
    assert [number for number, _ in seen] == list(range(1, NAP_TESTS + 1))
    # the first tests' results were passed on while the worker was still judging
    assert not seen[0][1] and not seen[-2][1]
    kinds = [type(e).__name__ for e in events(redis_url, ticket.key)]
    assert kinds == ["Started", *["Progress"] * NAP_TESTS, "Done"]


def test_killed_worker_job_is_retried_on_the_other(redis_url, start_worker, nap):
    workers = [start_worker(), start_worker()]
    results: list[int] = []

    async def run() -> tuple[str, Verdict, str]:
        async with QueueJudge(redis_url, deadline_s=90) as judge:
            ticket = await judge.enqueue(nap, "python", NAP)
            waiting = asyncio.create_task(
                judge.wait(ticket, on_result=lambda r: results.append(r.test_number))
            )
            first = await started(redis_url, ticket, 1)
            await asyncio.to_thread(wait_until, lambda: results, "a first result")
            by_name(workers, first.worker).kill()
            second = await started(redis_url, ticket, 2)
            return first.worker, await waiting, second.worker

    killed, verdict, retried_on = asyncio.run(run())
    assert verdict.status is Status.ACCEPTED, verdict
    assert retried_on != killed and by_name(workers, retried_on).proc.poll() is None
    assert results == list(range(1, NAP_TESTS + 1))  # each test once, though judged twice


def test_job_killed_on_both_attempts_is_internal_error(redis_url, start_worker, nap):
    workers = [start_worker(), start_worker(), start_worker()]

    async def run() -> Verdict:
        async with QueueJudge(redis_url, deadline_s=120) as judge:
            ticket = await judge.enqueue(nap, "python", NAP)
            waiting = asyncio.create_task(judge.wait(ticket))
            for attempt in (1, 2):
                by_name(workers, (await started(redis_url, ticket, attempt)).worker).kill()
            return await waiting

    verdict = asyncio.run(run())
    assert verdict.status is Status.INTERNAL_ERROR
    assert "both attempts" in verdict.message and "stopped answering" in verdict.message
    assert sum(w.proc.poll() is None for w in workers) == 1


def test_both_workers_dead_answered_by_the_deadline(redis_url, start_worker, nap):
    workers = [start_worker(), start_worker()]

    async def run() -> Verdict:
        async with QueueJudge(redis_url, deadline_s=12) as judge:
            ticket = await judge.enqueue(nap, "python", NAP)
            waiting = asyncio.create_task(judge.wait(ticket))
            await started(redis_url, ticket, 1)
            for worker in workers:
                worker.kill()
            return await waiting

    verdict = asyncio.run(run())
    assert verdict.status is Status.INTERNAL_ERROR
    assert "no judge worker answered within 12 s" in verdict.message
    assert verdict.total_test_cases == NAP_TESTS


def test_a_job_nobody_takes_is_answered_at_its_deadline(redis_url, two_sum):
    verdict = judge_on_queue(redis_url, two_sum, TWO_SUM, deadline_s=2)
    assert verdict.status is Status.INTERNAL_ERROR
    assert "no judge worker answered within 2 s" in verdict.message
    status = queue_status(redis_url)
    assert status.queued == 0 and status.active == 0  # aborted, not left for a later worker


def test_version_mismatch_is_refused(redis_url, start_worker, two_sum):
    worker = start_worker()
    stale = msgspec.structs.replace(two_sum, version="0123456789abcdef")
    verdict = judge_on_queue(redis_url, stale, TWO_SUM)
    assert verdict.status is Status.INTERNAL_ERROR
    assert f"{worker.name} refused the job" in verdict.message
    assert f"has version {two_sum.version}, the job wants 0123456789abcdef" in verdict.message
    absent = msgspec.structs.replace(two_sum, slug="three-sum-closest")
    verdict = judge_on_queue(redis_url, absent, TWO_SUM)
    assert "no such problem folder" in verdict.message
    assert worker.proc.poll() is None
    assert judge_on_queue(redis_url, two_sum, TWO_SUM).status is Status.ACCEPTED


def test_worker_recovers_when_redis_restarts(redis_url, start_worker, two_sum, tmp_path):
    own = RedisServer(tmp_path).start()
    try:
        worker = start_worker(url=own.url)
        own.stop()
        wait_until(lambda: "cannot reach Redis" in worker.log.read_text(), "the worker to notice")
        own.start()  # same port, no data: the worker registers again and takes jobs
        assert judge_on_queue(own.url, two_sum, TWO_SUM).status is Status.ACCEPTED
        assert worker.proc.poll() is None
        wait_until(lambda: worker.name in {w.id for w in queue_status(own.url).workers}, "it")
    finally:
        own.stop()


def test_unknown_language_raises_like_in_process(redis_url, start_worker, two_sum):
    from pyscape_judge import LanguageError

    start_worker()

    async def run() -> None:
        async with QueueJudge(redis_url) as judge:
            await judge.judge_async(two_sum, "cobol", "DISPLAY 'HI'.")

    with pytest.raises(LanguageError, match="unknown language `cobol`"):
        asyncio.run(run())


def test_queue_status_shows_depth_and_worker_load(redis_url, start_worker, nap):
    worker = start_worker()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pyscape_judge.cli", "queue", "status"]
        return subprocess.run(
            [*command, "--redis", redis_url, *args], capture_output=True, text=True, timeout=60
        )

    async def run() -> list[Verdict]:
        async with QueueJudge(redis_url) as judge:
            tickets = [await judge.enqueue(nap, "python", NAP) for _ in range(2)]

            def busy() -> bool:
                s = queue_status(redis_url)
                return s.queued == 1 and s.active == 1 and s.workers[0].running == 1

            await asyncio.to_thread(wait_until, busy, "one job running, one queued")
            shown = json.loads((await asyncio.to_thread(cli, "--json")).stdout)
            assert shown["queued"] == 1 and shown["active"] == 1
            assert [(w["id"], w["running"], w["concurrency"]) for w in shown["workers"]] == [
                (worker.name, 1, 1)
            ]
            table = await asyncio.to_thread(cli)
            assert "queued 1, active 1, 1 workers, capacity 1" in table.stdout
            assert worker.name in table.stdout
            return [await judge.wait(t) for t in tickets]

    assert [v.status for v in asyncio.run(run())] == [Status.ACCEPTED] * 2

    def idle() -> bool:
        s = queue_status(redis_url)
        return s.queued == 0 and s.active == 0 and s.workers[0].running == 0

    wait_until(idle, "the queue to empty and the worker to idle")
    assert queue_status(redis_url).workers[0].complete == 2


def test_queue_status_without_redis_is_a_clear_error():
    result = subprocess.run(
        [sys.executable, "-m", "pyscape_judge.cli", "queue", "status", "--redis", DEAD_REDIS],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "cannot read the judging queue" in result.stderr and "Traceback" not in result.stderr


DEAD_REDIS = "redis://127.0.0.1:1/0"
