"""Judging on the queue, for real: a redis-server of the session's own on a free loopback port
(in a temp dir: no shared state), judge workers as ``pyscape-judge worker`` subprocesses, the
Docker engine. Under CI=true a missing redis-server or Docker is a failure, elsewhere a skip.
"""

from __future__ import annotations

import asyncio
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from pyscape_judge.paths import default_problems_dir
from pyscape_judge.sandbox.docker import DockerBackend
from pyscape_judge.worker.client import QueueJudge
from pyscape_judge.worker.protocol import Event, QueueStatus, decode_event, events_key
from tests.conftest import require_docker
from tests.polling import wait_until
from tests.redis_server import RedisServer

#: Each test of the nap problem sleeps this long: slow enough to kill a worker mid-job.
NAP_MS = 700
NAP_TESTS = 6


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests on the session's Redis judge in Docker: marked ``docker``."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents and "redis_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.docker)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server of this session's own; its URL."""
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server.url
    server.stop()


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The session's Redis, emptied for this test."""
    require_docker()
    with redis.Redis.from_url(redis_server) as client:
        client.flushall()
    return redis_server


@pytest.fixture(scope="session")
def queue_problems(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """two-sum, and `nap`: each test sleeps NAP_MS (a job slow enough to kill a worker in)."""
    target = tmp_path_factory.mktemp("problems")
    shutil.copytree(default_problems_dir() / "two-sum", target / "two-sum")
    nap = target / "nap"
    (nap / "solutions").mkdir(parents=True)
    (nap / "problem.toml").write_text(
        textwrap.dedent(
            """\
            title = "Nap"
            difficulty = "easy"
            tags = ["test"]
            mode = "function"
            checker = "exact"

            [limits]
            time_ms = 10000
            memory_mb = 128

            [signature]
            function = "nap"
            returns = "int"
            params = [{ name = "ms", type = "int" }]
            """
        )
    )
    (nap / "statement.md").write_text("# Nap\n\nSleep `ms` milliseconds, return `ms`.\n")
    line = f'{{"input": [{NAP_MS}], "expected": {NAP_MS}, "hidden": false}}\n'
    (nap / "tests.jsonl").write_text(line * NAP_TESTS)
    (nap / "solutions" / "python.py").write_text(NAP)
    return target


NAP = """\
import time


class Solution:
    def nap(self, ms: int) -> int:
        time.sleep(ms / 1000)
        return ms
"""


class WorkerProcess:
    """A ``pyscape-judge worker`` subprocess."""

    def __init__(self, proc: subprocess.Popen[bytes], log: Path) -> None:
        self.proc = proc
        self.log = log
        self.name = f"{socket.gethostname()}-{proc.pid}"

    def kill(self) -> None:
        """SIGKILL: no goodbye, its running job left behind in Redis."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def start_worker(
    redis_url: str, queue_problems: Path, tmp_path: Path
) -> Iterator[Callable[..., WorkerProcess]]:
    """Start a worker (concurrency 1, cold sandboxes) and wait until the queue lists it."""
    started: list[WorkerProcess] = []

    def start(*extra: str, url: str = redis_url) -> WorkerProcess:
        log = tmp_path / f"worker{len(started)}.log"
        command = [sys.executable, "-m", "pyscape_judge.cli", "worker", "--redis", url]
        command += ["--problems", str(queue_problems), "--concurrency", "1", "--pool-size", "0"]
        command += ["--warm", "", *extra]
        with open(log, "wb") as out:
            proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        worker = WorkerProcess(proc, log)
        started.append(worker)

        def listed() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"the worker exited:\n{log.read_text()}")
            return worker.name in {w.id for w in queue_status(url).workers}

        wait_until(listed, "the queue to list the worker", interval=0.2)
        return worker

    yield start
    for worker in started:
        worker.stop()
    if any(w.proc.returncode == -signal.SIGKILL for w in started):
        DockerBackend().sweep()  # the sandboxes the killed workers left


def queue_status(url: str) -> QueueStatus:
    async def read() -> QueueStatus:
        async with QueueJudge(url) as judge:
            return await judge.status()

    return asyncio.run(read())


def events(url: str, job_key: str) -> list[Event]:
    """Every event a job's stream holds so far."""
    with redis.Redis.from_url(url) as client:
        return [decode_event(fields[b"event"]) for _, fields in client.xrange(events_key(job_key))]
