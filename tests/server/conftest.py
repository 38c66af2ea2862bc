"""Live servers for the server tests: a real uvicorn on a loopback port, a real SQLite file
(or, with ``PYSCAPE_TEST_DATABASE=postgres``, a fresh PostgreSQL database: tests/server/db/
databases.py), and a judge: the :class:`ScriptedJudge` (fake_judge.py: scripted verdicts, no
Docker) unless the test asks for the real engine.

* ``server``: the shared server (high rate limits, a :class:`FixedClock` tests may move), on a
  scripted judge: ``server.judge.script(code, Outcome(...))``.
* ``make_server``: a dedicated server with other settings (rate limits, Supabase...);
  ``make_server(engine=True)`` judges on the Docker engine.
* ``engine_server``: the shared server on the Docker engine (tests/server/e2e/).
* ``api``: an HTTP client of ``server``; ``new_user`` signs a fresh user up on it.

Tests that use the engine (``engine_server``, ``make_server(engine=True)``, a server process) are
marked ``docker``: ``just test-fast`` leaves them out.
"""

from __future__ import annotations

import asyncio
import itertools
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from pyscape_judge import Status
from pyscape_judge.paths import default_problems_dir
from pyscape_server.__main__ import uvicorn_config
from pyscape_server.accounts import passwords
from pyscape_server.app import create_app
from pyscape_server.clock import FixedClock
from pyscape_server.judging import Judging
from pyscape_server.runtime import Runtime
from pyscape_server.settings import Settings
from tests.conftest import require_docker
from tests.polling import wait_until
from tests.server.db.databases import database_settings, drop_created
from tests.server.fake_judge import Outcome, ScriptedJudge, reference_solutions

#: The problems the server tests use, copied from problems/ (others may be mid-edit there).
PROBLEMS = ("two-sum", "move-zeroes", "valid-parentheses", "prefix-sum-queries", "min-stack")
SOLUTIONS = default_problems_dir() / "two-sum" / "solutions"
TWO_SUM = (SOLUTIONS / "python.py").read_text()
TWO_SUM_WRONG = (
    "class Solution:\n"
    "    def twoSum(self, nums, target):\n"
    "        print('Debug: checking', nums[0])\n"
    "        return [0, 1]\n"
)
#: Compiles not (Python: a SyntaxError when loaded).
SYNTAX_ERROR = "class Solution:\n    def twoSum(self, nums, target)\n"
#: Raises IndexError on the first test.
CRASH = "class Solution:\n    def twoSum(self, nums, target):\n        return [nums[99]]\n"
#: Passes no test of two-sum.
NOTHING = "class Solution:\n    def twoSum(self, nums, target):\n        return []\n"
MOVE_ZEROES = """class Solution:
    def moveZeroes(self, nums):
        k = 0
        for x in nums:
            if x:
                nums[k] = x
                k += 1
        for i in range(k, len(nums)):
            nums[i] = 0
"""
#: What the real judge gives each of them (tests/server/e2e/ checks it does).
SCRIPTS = {
    TWO_SUM_WRONG: Outcome(
        Status.WRONG_ANSWER, fail_at=2, output=[0, 1], stdout="Debug: checking 3\n"
    ),
    SYNTAX_ERROR: Outcome(Status.COMPILE_ERROR, compile_error="SyntaxError: expected ':' (line 2)"),
    CRASH: Outcome(
        Status.RUNTIME_ERROR,
        fail_at=1,
        error="IndexError: list index out of range\n  Line 3",
    ),
    NOTHING: Outcome(Status.WRONG_ANSWER, fail_at=1, output=[]),
    MOVE_ZEROES: Outcome(),
}
PASSWORD = "correct horse battery"
_names = itertools.count(1)


def scripted_judge(problems_dir: Path) -> ScriptedJudge:
    """A fake judge that accepts the problems' solutions and knows :data:`SCRIPTS`."""
    return ScriptedJudge(scripts={**reference_solutions(problems_dir), **SCRIPTS})


def loopback_socket() -> socket.socket:
    """A TCP socket bound to 127.0.0.1:<free port>, for uvicorn's ``serve(sockets=...)``.

    Made with ``IPPROTO_TCP`` (not the default 0): asyncio sets ``TCP_NODELAY`` only on accepted
    sockets whose ``proto`` says TCP, and without it Nagle and delayed ACKs add 40 ms to every
    response after the first on a kept-alive connection.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    return sock


class LiveServer:
    """A Litestar app served by uvicorn in a background thread, on 127.0.0.1:<free port>."""

    def __init__(
        self, settings: Settings, clock: FixedClock | None = None, judge: Judging | None = None
    ) -> None:
        self.settings = settings
        self.clock = clock
        #: What judges (``None``: the Docker engine, as the settings say).
        self.judge = judge
        app = create_app(settings, clock=clock, judge=judge)
        self.runtime: Runtime = app.state["runtime"]
        self._sock = loopback_socket()
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn_config(app, settings)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name=f"uvicorn-{self.port}", daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._sock]))
        except BaseException as e:  # surfaced by start()
            self._error = e

    def start(self) -> LiveServer:
        self._thread.start()
        wait_until(
            lambda: self._server.started or self._error or not self._thread.is_alive(),
            "the server to start",
        )
        if not self._server.started:
            raise RuntimeError(f"the server did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=60)
        self._sock.close()

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=120)


def server_settings(tmp: Path, problems_dir: Path, **overrides: Any) -> Settings:
    """Settings of a test server: its own database, the copied problems, generous limits."""
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        **database_settings(tmp),
        "problems_dir": problems_dir,
        "rate_limit_user": 1_000_000,
        "rate_limit_ip": 1_000_000,
        # every test client comes from 127.0.0.1: the WebSocket caps are tested on their own
        "ws_max_per_ip": 10_000,
        "ws_max_per_user": 10,
        "ws_frames_per_second": 10_000.0,
        "ws_frame_burst": 10_000,
        "ws_auth_failures_free": 10_000,
        "jwt_ttl_seconds": 10 * 365 * 24 * 3600,
        "judge_pool_size": 2,
        "judge_concurrency": 2,
        "build_images": False,
        "cors_origins": ("*",),
    }
    values.update(overrides)
    return Settings(**values)


#: Fixtures that judge on the Docker engine.
ENGINE_FIXTURES = {"engine_server", "make_engine_server", "process", "server_process"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests on the engine are marked ``docker`` (``just test-fast`` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents and ENGINE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.docker)


#: scrypt's cost in tests (production: ``passwords.N``, 2**14): the suite signs up hundreds of
#: users, and a hash stores its own parameters, so nothing else changes.
TEST_SCRYPT_N = 2**10
#: The production cost, as the module says before the tests lower it.
PRODUCTION_SCRYPT_N = passwords.N


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashes() -> Iterator[None]:
    """Password hashes 16 times cheaper for the in-process test servers (not for the server
    processes some tests start: they hash as in production)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "N", TEST_SCRYPT_N)
        yield


@pytest.fixture(scope="session", autouse=True)
def _drop_test_databases() -> Iterator[None]:
    """At the end of the session, drop the PostgreSQL databases the test servers used."""
    yield
    drop_created()


@pytest.fixture(scope="session")
def problems_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("problems")
    for slug in PROBLEMS:
        shutil.copytree(default_problems_dir() / slug, target / slug)
    return target


@pytest.fixture(scope="session")
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture(scope="session")
def server(
    tmp_path_factory: pytest.TempPathFactory, problems_dir: Path, clock: FixedClock
) -> Iterator[LiveServer]:
    settings = server_settings(tmp_path_factory.mktemp("server"), problems_dir)
    live = LiveServer(settings, clock, scripted_judge(problems_dir)).start()
    yield live
    live.stop()


@pytest.fixture
def judge(server: LiveServer) -> ScriptedJudge:
    """The shared server's scripted judge."""
    assert isinstance(server.judge, ScriptedJudge)
    return server.judge


@pytest.fixture(scope="session")
def engine_server(
    tmp_path_factory: pytest.TempPathFactory, problems_dir: Path
) -> Iterator[LiveServer]:
    """A server judging on the Docker engine."""
    require_docker()
    settings = server_settings(tmp_path_factory.mktemp("engine-server"), problems_dir)
    live = LiveServer(settings, FixedClock()).start()
    yield live
    live.stop()


def _server_maker(
    tmp_path: Path, problems_dir: Path, *, engine: bool
) -> Iterator[Callable[..., LiveServer]]:
    started: list[LiveServer] = []

    def make(clock: FixedClock | None = None, **overrides: Any) -> LiveServer:
        folder = tmp_path / f"server{len(started)}"
        folder.mkdir()
        overrides.setdefault("judge_pool_size", 0)
        settings = server_settings(folder, problems_dir, **overrides)
        judge = None if engine else scripted_judge(problems_dir)
        live = LiveServer(settings, clock, judge).start()
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


@pytest.fixture
def make_server(tmp_path: Path, problems_dir: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start a dedicated server on a scripted judge: ``make_server(rate_limit_ip=5)``."""
    yield from _server_maker(tmp_path, problems_dir, engine=False)


@pytest.fixture
def make_engine_server(tmp_path: Path, problems_dir: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start a dedicated server judging on the Docker engine."""
    require_docker()
    yield from _server_maker(tmp_path, problems_dir, engine=True)


@pytest.fixture
def api(server: LiveServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


class User:
    """A signed-up user of a live server and a client carrying their token."""

    def __init__(self, live: LiveServer, body: dict[str, Any], email: str) -> None:
        self.id: str = body["user"]["id"]
        self.username: str = body["user"]["username"]
        self.email = email
        self.token: str = body["session"]["access_token"]
        self.client = live.client(self.token)

    def submit(self, code: str = TWO_SUM, slug: str = "two-sum", **extra: Any) -> httpx.Response:
        body = {"problem_slug": slug, "language": "python", "code": code, **extra}
        return self.client.post("/api/submit", json=body)

    def rate(self, submission_id: str, rating: str) -> httpx.Response:
        return self.client.post(
            "/api/rate-submission", json={"submission_id": submission_id, "rating": rating}
        )


def sign_up(live: LiveServer, prefix: str = "user") -> User:
    name = f"{prefix}_{next(_names)}_{int(time.time() * 1000) % 100000}"
    email = f"{name}@example.com"
    with live.client() as client:
        response = client.post(
            "/api/auth/signup", json={"email": email, "password": PASSWORD, "username": name}
        )
    assert response.status_code == 201, response.text
    return User(live, response.json(), email)


@pytest.fixture
def new_user(server: LiveServer) -> Iterator[Callable[..., User]]:
    made: list[User] = []

    def make(prefix: str = "user") -> User:
        user = sign_up(server, prefix)
        made.append(user)
        return user

    yield make
    for user in made:
        user.client.close()


def assert_basic_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Seed 000's error format."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status and body["code"] == code, body
    assert isinstance(body["error"], str) and body["error"], body
    assert "Traceback" not in response.text
    return body


def assert_submissions_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """Seed 002's error format."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["success"] is False, body
    assert body["error"]["code"] == code, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"], body
    assert "Traceback" not in response.text
    return body["error"]
