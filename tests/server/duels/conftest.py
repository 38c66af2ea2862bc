"""A live server with both ports (REST and WebSocket) sharing one runtime, as ``pyscape-server``
runs them, with short duel timers, judging on a scripted judge (tests/server/fake_judge.py);
and a WebSocket test client."""

from __future__ import annotations

import asyncio
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.asyncio.client import ClientConnection, connect

from pyscape_judge.paths import default_problems_dir
from pyscape_server.__main__ import uvicorn_config
from pyscape_server.app import create_app, create_ws_app
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.judging import Judging
from pyscape_server.runtime import Runtime
from tests.polling import wait_until
from tests.server.conftest import (
    User,
    loopback_socket,
    scripted_judge,
    server_settings,
    sign_up,
)
from tests.server.fake_judge import ScriptedJudge

#: Short timers: a duel lasts 60 s, a closed socket has 1.5 s to come back, no countdown.
FAST = DuelSettings(
    time_limit_seconds=60,
    reconnect_seconds=1.5,
    countdown_seconds=0,
    match_interval_seconds=0.1,
)
#: two-sum only: every easy python duel is on it, whatever the players solved.
DUEL_PROBLEMS = ("two-sum",)
FRAME_TIMEOUT = 30


class DuelServer:
    """REST and WebSocket uvicorn servers of one :class:`Runtime`, in a background thread."""

    def __init__(
        self,
        folder: Path,
        problems_dir: Path,
        duel_settings: DuelSettings,
        judge: Judging | None = None,
        **overrides: Any,
    ) -> None:
        values = {"judge_concurrency": 4, "judge_pool_size": 2, **overrides}
        self.settings = server_settings(folder, problems_dir, **values)
        #: ``None``: the Docker engine.
        self.judge = judge
        self.runtime = Runtime(self.settings, duel_settings=duel_settings, judge=judge)
        self._socks = [loopback_socket(), loopback_socket()]
        http_port, ws_port = (s.getsockname()[1] for s in self._socks)
        self.url = f"http://127.0.0.1:{http_port}"
        self.ws_url = f"ws://127.0.0.1:{ws_port}/"
        self._servers = [
            uvicorn.Server(uvicorn_config(app, self.settings))
            for app in (
                create_app(self.settings, runtime=self.runtime),
                create_ws_app(self.runtime),
            )
        ]
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="duel-server", daemon=True)

    def _run(self) -> None:
        async def serve() -> None:
            await self.runtime.start()
            try:
                await asyncio.gather(
                    *(s.serve(sockets=[k]) for s, k in zip(self._servers, self._socks, strict=True))
                )
            finally:
                await self.runtime.stop()

        try:
            asyncio.run(serve())
        except BaseException as e:
            self._error = e

    def start(self) -> DuelServer:
        self._thread.start()
        wait_until(
            lambda: (
                all(s.started for s in self._servers) or self._error or not self._thread.is_alive()
            ),
            "the server to start",
        )
        if not all(s.started for s in self._servers):
            raise RuntimeError(f"the server did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.should_exit = True
        self._thread.join(timeout=60)
        for sock in self._socks:
            sock.close()

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=120)

    @property
    def scripted(self) -> ScriptedJudge:
        assert isinstance(self.judge, ScriptedJudge)
        return self.judge


@pytest.fixture(scope="session")
def duel_problems(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("duel-problems")
    for slug in DUEL_PROBLEMS:
        shutil.copytree(default_problems_dir() / slug, target / slug)
    return target


@pytest.fixture(scope="module")
def duel_server(
    tmp_path_factory: pytest.TempPathFactory, duel_problems: Path
) -> Iterator[DuelServer]:
    folder = tmp_path_factory.mktemp("duel-server")
    live = DuelServer(folder, duel_problems, FAST, scripted_judge(duel_problems)).start()
    yield live
    live.stop()


@pytest.fixture
def make_duel_server(tmp_path: Path, duel_problems: Path) -> Iterator[Callable[..., DuelServer]]:
    """A dedicated server: ``make_duel_server(time_limit_seconds=3)`` (others as FAST)."""
    started: list[DuelServer] = []

    def make(folder: Path | None = None, **overrides: Any) -> DuelServer:
        import msgspec

        folder = folder or tmp_path / f"server{len(started)}"
        folder.mkdir(exist_ok=True)
        settings = msgspec.structs.replace(FAST, **overrides)
        live = DuelServer(folder, duel_problems, settings, scripted_judge(duel_problems))
        started.append(live.start())
        return live

    yield make
    for live in started:
        live.stop()


class Player:
    """A signed-up user and (once :meth:`connect` ran) their authenticated WebSocket."""

    def __init__(self, live: DuelServer, user: User) -> None:
        self.live = live
        self.user = user
        self.username = user.username
        self.ws: ClientConnection | None = None

    async def connect(self) -> dict[str, Any]:
        """Open a socket and authenticate; returns ``auth-ok``."""
        self.ws = await connect(self.live.ws_url)
        await self.send(type="auth", token=self.user.token)
        return await self.expect("auth-ok")

    async def send(self, **frame: Any) -> None:
        assert self.ws is not None
        await self.ws.send(json.dumps(frame))

    async def recv(self, timeout: float = FRAME_TIMEOUT) -> dict[str, Any]:
        assert self.ws is not None
        return json.loads(await asyncio.wait_for(self.ws.recv(), timeout))

    async def expect(self, kind: str, timeout: float = FRAME_TIMEOUT) -> dict[str, Any]:
        frame = await self.recv(timeout)
        assert frame["type"] == kind, frame
        return frame

    async def silent(self, seconds: float = 0.3) -> None:
        """No frame arrives within ``seconds``."""
        assert self.ws is not None
        try:
            frame = await asyncio.wait_for(self.ws.recv(), seconds)
        except TimeoutError:
            return
        raise AssertionError(f"unexpected frame {frame}")

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    def stats(self) -> dict[str, Any]:
        return self.user.client.get("/api/duels/stats").json()


def players(live: DuelServer, count: int) -> list[Player]:
    """``count`` new users (signed up in parallel: password hashing is slow on purpose)."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        users = list(pool.map(lambda _: sign_up(live, "duel"), range(count)))  # type: ignore[arg-type]
    return [Player(live, user) for user in users]


async def matched(a: Player, b: Player, **queue: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Connect both, queue both (easy python unless told), return both ``match-found``."""
    if a.ws is None:
        await a.connect()
    if b.ws is None:
        await b.connect()
    join = {"type": "join-queue", "difficulty": "beginner", "language": "python", **queue}
    await a.send(**join)
    await a.expect("queued")
    await b.send(**join)
    await b.expect("queued")
    found_a, found_b = await a.expect("match-found"), await b.expect("match-found")
    assert found_a["duel_id"] == found_b["duel_id"]
    return found_a, found_b
