"""The WebSocket port's caps, each refused with its own close code (docs/websocket.md), and a
logout closing that session's sockets on every replica within a second."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from tests.polling import until
from tests.server.conftest import scripted_judge, sign_up
from tests.server.duels.conftest import FAST, DuelServer


@pytest.fixture
def gated(tmp_path: Path, duel_problems: Path) -> Iterator[Any]:
    """``gated(**settings)``: a duel server with these WebSocket settings (others: the tests')."""
    started: list[DuelServer] = []

    def make(folder: Path | None = None, **settings: Any) -> DuelServer:
        folder = folder or tmp_path / f"gated{len(started)}"
        folder.mkdir(exist_ok=True)
        live = DuelServer(folder, duel_problems, FAST, scripted_judge(duel_problems), **settings)
        started.append(live.start())
        return live

    yield make
    for live in started:
        live.stop()


async def closed_with(ws: ClientConnection, timeout: float = 10) -> tuple[list[dict], int]:
    """The frames received until the server closed ``ws``, and its close code."""
    frames = []
    try:
        while True:
            frames.append(json.loads(await asyncio.wait_for(ws.recv(), timeout)))
    except ConnectionClosed:
        assert ws.close_code is not None
        return frames, ws.close_code


def test_connections_per_address(gated):
    live = gated(ws_max_per_ip=3)

    async def run() -> None:
        kept = [await connect(live.ws_url) for _ in range(3)]
        fourth = await connect(live.ws_url)
        frames, code = await closed_with(fourth)
        assert code == 4430 and frames[0]["code"] == "RATE_LIMITED", frames
        await kept[0].close()
        await until(lambda: live.runtime.gate.open_from("127.0.0.1") < 3, "the close to be seen")
        fifth = await connect(live.ws_url)  # room again
        await fifth.send(json.dumps({"type": "ping"}))
        frames, code = await closed_with(fifth)
        assert code == 4401  # refused for its first frame, not for the address
        for ws in kept[1:]:
            await ws.close()

    asyncio.run(run())


def test_connections_per_user(gated):
    live = gated(ws_max_per_user=1)
    user = sign_up(live)  # type: ignore[arg-type]

    async def run() -> None:
        first = await connect(live.ws_url)
        await first.send(json.dumps({"type": "auth", "token": user.token}))
        assert json.loads(await first.recv())["type"] == "auth-ok"
        second = await connect(live.ws_url)
        await second.send(json.dumps({"type": "auth", "token": user.token}))
        frames, code = await closed_with(second)
        assert code == 4431 and "at most 1" in frames[0]["error"], frames
        await first.close()

    asyncio.run(run())


def test_auth_deadline(gated):
    live = gated(ws_auth_seconds=0.3)

    async def run() -> None:
        ws = await connect(live.ws_url)
        started = time.monotonic()
        frames, code = await closed_with(ws)
        assert code == 4408 and "auth" in frames[0]["error"]
        assert time.monotonic() - started < 3

    asyncio.run(run())


def test_frame_rate(gated):
    live = gated(ws_frames_per_second=5.0, ws_frame_burst=5)
    user = sign_up(live)  # type: ignore[arg-type]

    async def run() -> None:
        ws = await connect(live.ws_url)
        await ws.send(json.dumps({"type": "auth", "token": user.token}))
        assert json.loads(await ws.recv())["type"] == "auth-ok"
        for _ in range(20):
            await ws.send(json.dumps({"type": "ping"}))
        frames, code = await closed_with(ws)
        assert code == 4429
        assert [f["type"] for f in frames].count("pong") == 5
        assert frames[-1]["code"] == "RATE_LIMITED"

    asyncio.run(run())


def test_repeated_failed_auths_are_slowed(gated):
    live = gated(ws_auth_failures_free=2, ws_auth_failure_delay_s=0.4)

    async def refused() -> float:
        ws = await connect(live.ws_url)
        started = time.monotonic()
        await ws.send(json.dumps({"type": "auth", "token": "not-a-jwt"}))
        _, code = await closed_with(ws)
        assert code == 4401
        return time.monotonic() - started

    async def run() -> None:
        times = [await refused() for _ in range(4)]
        assert times[0] < 0.3 and times[1] < 0.3, times
        assert 0.35 < times[2] < 2 and times[3] > 0.75, times

    asyncio.run(run())


def test_logout_closes_the_sessions_sockets_on_every_replica(gated, tmp_path):
    shared = tmp_path / "shared"
    one = gated(shared)
    two = gated(shared)  # the same database and JWT secret: a replica
    user = sign_up(one)  # type: ignore[arg-type]
    other_session = sign_up(one)  # type: ignore[arg-type]

    async def run() -> None:
        sockets = []
        for live in (one, two):
            ws = await connect(live.ws_url)
            await ws.send(json.dumps({"type": "auth", "token": user.token}))
            assert json.loads(await ws.recv())["type"] == "auth-ok"
            sockets.append(ws)
        bystander = await connect(two.ws_url)
        await bystander.send(json.dumps({"type": "auth", "token": other_session.token}))
        assert json.loads(await bystander.recv())["type"] == "auth-ok"

        started = time.monotonic()
        response = await asyncio.to_thread(user.client.post, "/api/auth/logout")
        assert response.status_code == 200
        for ws in sockets:
            frames, code = await closed_with(ws, timeout=5)
            assert code == 4401 and frames[-1]["code"] == "UNAUTHORIZED", frames
        assert time.monotonic() - started < 1.5
        await bystander.send(json.dumps({"type": "ping"}))
        assert json.loads(await bystander.recv())["type"] == "pong"
        await bystander.close()

    asyncio.run(run())
