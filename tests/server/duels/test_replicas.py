"""Duels across two server replicas sharing one database and one Redis (duels/relay.py): a
real redis-server on a loopback port, two live servers, players on different replicas."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
import redis
from websockets.asyncio.client import connect

from pyscape_server.duels import wire
from tests.polling import until
from tests.redis_server import RedisServer
from tests.server.conftest import TWO_SUM, TWO_SUM_WRONG, scripted_judge, sign_up
from tests.server.db.databases import database_settings
from tests.server.duels.conftest import FAST, DuelServer, Player, matched

#: Long enough for a takeover and a reconnection to another replica.
REPLICA = msgspec.structs.replace(FAST, reconnect_seconds=15, time_limit_seconds=120)
RELAY_LOST = 4503
#: The lease a dead leader left: outlasts the test (it is made to lapse on purpose).
DEAD_LEASE = 60.0


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    folder = tmp_path / "redis"
    folder.mkdir()
    server = RedisServer(folder).start()
    yield server
    server.stop()


@pytest.fixture
def make_replica(
    tmp_path: Path, duel_problems: Path, redis_server: RedisServer
) -> Iterator[Callable[..., DuelServer]]:
    """Replicas of one site: the same database, token secret and Redis; started one by one
    (the first one leads the duels), each judging on a scripted judge."""
    shared: dict[str, Any] = {
        **database_settings(tmp_path),
        "jwt_secret": "replicas-of-one-site-share-this-token-secret",
        "redis_url": redis_server.url,
        "judge_pool_size": 0,
        "judge_concurrency": 2,
    }
    started: list[DuelServer] = []

    def make(**duel: Any) -> DuelServer:
        folder = tmp_path / f"replica{len(started)}"
        folder.mkdir()
        timers = msgspec.structs.replace(REPLICA, **duel)
        judge = scripted_judge(duel_problems)
        live = DuelServer(folder, duel_problems, timers, judge, **shared).start()
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


def leading(live: DuelServer) -> bool:
    return live.runtime.duel_front.leading  # type: ignore[union-attr]


async def took(condition: Callable[[], bool], what: str, seconds: float = 15) -> float:
    """Wait for ``condition``; returns the seconds it took."""
    started = time.monotonic()
    await until(condition, what, timeout=seconds)
    return time.monotonic() - started


async def ping_ms(player: Player, count: int = 200) -> str:
    """Round trips of ``ping`` -> ``pong``, as figures to print (never asserted)."""
    times = []
    for _ in range(count):
        started = time.perf_counter()
        await player.send(type="ping")
        await player.expect("pong")
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return f"median {times[count // 2]:.2f} ms, p95 {times[count * 95 // 100]:.2f} ms"


def test_duel_between_players_on_two_replicas(make_replica):
    first = make_replica()
    asyncio.run(until(lambda: leading(first), "the first replica to lead", timeout=15))
    second = make_replica()
    ann = Player(first, sign_up(first, "ann"))
    bob = Player(second, sign_up(second, "bob"))

    async def duel() -> None:
        found_ann, found_bob = await matched(ann, bob)
        duel_id = found_ann["duel_id"]
        assert found_ann["opponent"]["username"] == bob.username
        assert found_bob["opponent"]["username"] == ann.username
        for player in (ann, bob):
            print(f"ping through the relay from {player.live.url}: {await ping_ms(player)}")
        # chat crosses replicas, both ways, in order
        for n in range(20):
            await ann.send(type="send-message", duel_id=duel_id, message=f"gl {n}")
        for player in (ann, bob):
            got = [(await player.expect("receive-message"))["message"] for _ in range(20)]
            assert got == [f"gl {n}" for n in range(20)]
        await bob.send(type="send-message", duel_id=duel_id, message="you too")
        for player in (ann, bob):
            frame = await player.expect("receive-message")
            assert (frame["from"], frame["message"]) == (bob.username, "you too")
        # bob reconnects to the other replica: the duel resumes there
        await bob.close()
        bob.live = first
        assert (await bob.connect())["username"] == bob.username
        resumed = await bob.expect("match-found")
        assert resumed["resumed"] is True and resumed["duel_id"] == duel_id
        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM_WRONG)
        assert (await ann.expect("code-result"))["passed_tests"] == 1
        assert (await bob.expect("opponent-progress"))["passed_tests"] == 1
        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM)
        assert (await ann.expect("code-result"))["status"] == "accepted"
        assert (await bob.expect("opponent-progress"))["status"] == "solved"
        for player in (ann, bob):
            done = await player.expect("duel-complete")
            assert (done["winner"], done["reason"]) == (ann.username, "solved")
        await ann.close()
        await bob.close()

    asyncio.run(asyncio.wait_for(duel(), 120))
    with second.client(ann.user.token) as client:
        assert client.get("/api/duels/stats").json()["wins"] == 1
    with first.client(bob.user.token) as client:
        assert client.get("/api/duels/stats").json()["losses"] == 1


def test_leader_stopped_mid_duel_another_replica_carries_it_on(make_replica):
    first = make_replica()
    asyncio.run(until(lambda: leading(first), "the first replica to lead", timeout=15))
    second = make_replica()
    ann = Player(first, sign_up(first, "ann"))
    bob = Player(second, sign_up(second, "bob"))

    async def duel() -> None:
        found, _ = await matched(ann, bob)
        duel_id = found["duel_id"]
        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM_WRONG)
        assert (await ann.expect("code-result"))["passed_tests"] == 1
        assert (await bob.expect("opponent-progress"))["passed_tests"] == 1
        await asyncio.to_thread(first.stop)  # the leader, and ann's replica, goes away
        seconds = await took(lambda: leading(second), "the second replica to lead")
        print(f"takeover after the leader stopped: {seconds:.2f} s")
        # bob stayed connected: the new leader tells him where the duel stands
        resumed = await bob.expect("match-found")
        assert resumed["resumed"] is True and resumed["duel_id"] == duel_id
        assert resumed["opponent_progress"]["passed_tests"] == 1
        # ann comes back through the surviving replica and finishes the duel
        ann.ws = None
        ann.live = second
        await ann.connect()
        mine = await ann.expect("match-found")
        assert mine["resumed"] is True and mine["self_progress"]["passed_tests"] == 1
        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM)
        assert (await ann.expect("code-result"))["status"] == "accepted"
        assert (await bob.expect("opponent-progress"))["status"] == "solved"
        for player in (ann, bob):
            done = await player.expect("duel-complete")
            assert (done["winner"], done["reason"]) == (ann.username, "solved")
        await ann.close()
        await bob.close()

    asyncio.run(asyncio.wait_for(duel(), 120))
    with second.client(ann.user.token) as client:
        stats = client.get("/api/duels/stats").json()
    assert (stats["total_duels"], stats["wins"]) == (1, 1)


def test_duels_nobody_comes_back_to_are_closed_by_the_restart_rule(make_replica):
    """The only replica restarts: the new leader carries the duels on, and closes those whose
    players do not come back within reconnect_seconds as a restart does (settled or void)."""
    first = make_replica(reconnect_seconds=2)
    asyncio.run(until(lambda: leading(first), "the first replica to lead", timeout=15))
    ann, bob, cat, dan = (Player(first, sign_up(first, name)) for name in "abcd")

    async def before() -> None:
        played, _ = await matched(ann, bob)
        await matched(cat, dan)
        await ann.send(type="code-submit", duel_id=played["duel_id"], code=TWO_SUM_WRONG)
        assert (await ann.expect("code-result"))["passed_tests"] == 1
        for player in (ann, bob, cat, dan):
            await player.close()

    asyncio.run(before())
    first.stop()
    again = make_replica(reconnect_seconds=2)

    def stats(player: Player) -> dict[str, Any]:
        with again.client(player.user.token) as client:
            return client.get("/api/duels/stats").json()

    async def after() -> None:
        # ann passed a test, bob none
        await until(lambda: stats(ann)["wins"] == 1, "ann's win", timeout=15)
        assert stats(bob)["losses"] == 1
        cat.live = again
        await cat.connect()
        await cat.silent()  # no duel to resume: it was voided (nobody passed a test)
        await cat.send(type="join-queue", difficulty="easy", language="python")
        await cat.expect("queued")
        await cat.close()

    asyncio.run(asyncio.wait_for(after(), 60))
    assert stats(cat)["total_duels"] == 0 and stats(dan)["total_duels"] == 0


def test_replica_that_loses_redis_closes_its_duel_sockets(make_replica, redis_server):
    only = make_replica()
    ann = Player(only, sign_up(only, "ann"))

    async def run() -> None:
        await until(lambda: leading(only), "the replica to lead", timeout=15)
        await ann.connect()
        await ann.send(type="ping")
        await ann.expect("pong")
        redis_server.stop(signal.SIGKILL)
        assert ann.ws is not None
        await asyncio.wait_for(ann.ws.wait_closed(), 15)
        assert ann.ws.close_code == RELAY_LOST
        # Redis is back: the replica leads again and takes sockets
        redis_server.start()
        seconds = await took(lambda: leading(only), "the replica to lead again")
        print(f"leading again {seconds:.2f} s after Redis came back")
        ann.ws = None
        await ann.connect()
        await ann.send(type="ping")
        await ann.expect("pong")
        await ann.close()

    asyncio.run(asyncio.wait_for(run(), 60))


def test_lease_of_a_leader_that_died_lapses_then_another_replica_leads(make_replica, redis_server):
    """A leader that died without releasing its lease: no replica leads until it lapses;
    meanwhile sockets are held (messages answered 503) and greeted once a leader is there."""
    lease = wire.Names(0).lease
    with redis.Redis.from_url(redis_server.url) as client:
        client.set(lease, "a-replica-that-died", px=int(DEAD_LEASE * 1000))
    only = make_replica()
    ann = Player(only, sign_up(only, "ann"))

    async def run() -> None:
        assert not leading(only)
        ann.ws = await connect(only.ws_url)
        await ann.send(type="auth", token=ann.user.token)
        await ann.send(type="ping")
        busy = await ann.expect("error")
        assert (busy["code"], busy["status"], busy["message_type"]) == ("UNAVAILABLE", 503, "ping")
        assert not leading(only)
        with redis.Redis.from_url(redis_server.url) as client:  # the dead leader's lease lapses
            assert client.pexpire(lease, 1)
        lapsed = time.monotonic()
        assert (await ann.expect("auth-ok", timeout=15))["username"] == ann.username
        assert leading(only)
        print(f"leader {time.monotonic() - lapsed:.2f} s after the lease lapsed")
        await ann.send(type="ping")
        await ann.expect("pong")
        await ann.close()

    asyncio.run(asyncio.wait_for(run(), 60))


def test_without_a_redis_url_the_engine_is_driven_directly(tmp_path):
    """No Redis URL: the single-process engine of old, and the relay is not even imported."""
    script = (
        "import sys\n"
        "from pyscape_server.runtime import Runtime\n"
        "from pyscape_server.settings import Settings\n"
        "from pyscape_server.duels.engine import DuelEngine\n"
        f"runtime = Runtime(Settings(database={str(tmp_path / 'x.db')!r}))\n"
        "assert type(runtime.duel_front) is DuelEngine, runtime.duel_front\n"
        "assert 'pyscape_server.duels.relay' not in sys.modules\n"
        "print('direct')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYSCAPE_")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[3],
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.strip() == "direct", done.stderr
