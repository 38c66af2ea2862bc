"""Live servers for the server tests: a real uvicorn on a loopback port, a real SQLite file
(or, with ``PYSCAPE_TEST_DATABASE=postgres``, a fresh PostgreSQL database: tests/server/db/
databases.py), a real judge on the Docker engine (``require_docker``: a failure under CI=true,
else a skip).

* ``server``: the shared server (high rate limits, a :class:`FixedClock` tests may move).
* ``make_server``: a dedicated server with other settings (rate limits, Supabase...).
* ``api``: an HTTP client of ``server``; ``new_user`` signs a fresh user up on it.
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

from pyscape_judge.paths import default_problems_dir
from pyscape_server.app import create_app
from pyscape_server.clock import FixedClock
from pyscape_server.runtime import Runtime
from pyscape_server.settings import Settings
from tests.conftest import require_docker
from tests.server.db.databases import database_settings, drop_created

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
PASSWORD = "correct horse battery"
_names = itertools.count(1)


class LiveServer:
    """A Litestar app served by uvicorn in a background thread, on 127.0.0.1:<free port>."""

    def __init__(self, settings: Settings, clock: FixedClock | None = None) -> None:
        self.settings = settings
        self.clock = clock
        app = create_app(settings, clock=clock)
        self.runtime: Runtime = app.state["runtime"]
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, lifespan="on", log_config=None, access_log=False)
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
        deadline = time.monotonic() + 60
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"the server did not start: {self._error!r}")
            if time.monotonic() > deadline:
                raise TimeoutError("the server did not start within 60 s")
            time.sleep(0.02)
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
        "jwt_ttl_seconds": 10 * 365 * 24 * 3600,
        "judge_pool_size": 2,
        "judge_concurrency": 2,
        "build_images": False,
        "cors_origins": ("*",),
    }
    values.update(overrides)
    return Settings(**values)


LIVE_FIXTURES = {"server", "make_server", "process"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests on a live server judge in Docker: marked ``docker`` (``just test-fast`` skips them)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents and LIVE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.docker)


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
    require_docker()
    settings = server_settings(tmp_path_factory.mktemp("server"), problems_dir)
    live = LiveServer(settings, clock).start()
    yield live
    live.stop()


@pytest.fixture
def make_server(tmp_path: Path, problems_dir: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start a dedicated server: ``make_server(rate_limit_ip=5, clock=FixedClock())``."""
    require_docker()
    started: list[LiveServer] = []

    def make(clock: FixedClock | None = None, **overrides: Any) -> LiveServer:
        folder = tmp_path / f"server{len(started)}"
        folder.mkdir()
        overrides.setdefault("judge_pool_size", 0)
        live = LiveServer(server_settings(folder, problems_dir, **overrides), clock).start()
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


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
