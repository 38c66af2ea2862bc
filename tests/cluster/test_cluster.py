"""The scaled-out shape, for real: ``scripts/cluster.sh`` (``just cluster``) starts PostgreSQL,
Redis, two judge workers and two server processes on loopback ports; players and submissions
cross the two replicas. Needs root (the script installs and starts the services) and Docker:
under CI=true anything missing is a failure.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import missing, require_docker
from tests.polling import wait_until
from tests.server.conftest import TWO_SUM, sign_up
from tests.server.duels.conftest import Player, matched

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "cluster.sh"
REDIS_URL = "redis://127.0.0.1:63790/0"

pytestmark = pytest.mark.docker


class Replica:
    """One server process of the cluster, as the server tests' helpers expect a server."""

    def __init__(self, n: int) -> None:
        self.url = f"http://127.0.0.1:{5100 + n}"
        self.ws_url = f"ws://127.0.0.1:{8180 + n}/"

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=180)


def cluster(action: str, **env: str) -> str:
    done = subprocess.run(
        ["bash", str(SCRIPT), action],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, **env},
    )
    assert done.returncode == 0, f"cluster.sh {action}:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def replicas() -> Iterator[tuple[Replica, Replica]]:
    require_docker()
    if os.geteuid() != 0:
        missing("the cluster test needs root (scripts/cluster.sh installs postgresql, redis)")
    cluster("down")
    cluster(
        "up",
        PYSCAPE_CLUSTER_DATABASE=f"pyscape_cluster_{uuid.uuid4().hex[:8]}",
        PYSCAPE_DUEL_COUNTDOWN_SECONDS="0",
    )
    try:
        yield Replica(1), Replica(2)
    finally:
        cluster("down")


def health(replica: Replica) -> dict:
    with replica.client() as client:
        return client.get("/health").json()


def test_both_replicas_see_both_workers(replicas: tuple[Replica, Replica]) -> None:
    def both_workers() -> list[dict] | None:
        states = [health(r) for r in replicas]
        ok = all(len(s.get("judge_queue", {}).get("workers", [])) == 2 for s in states)
        return states if ok else None

    states = wait_until(both_workers, "both replicas to list both workers", interval=1)
    for state in states:
        assert state["status"] == "ok", state
        assert len(state["judge_queue"]["workers"]) == 2, state
    assert "2 workers" in cluster("status")


def test_an_account_and_its_submissions_are_shared(replicas: tuple[Replica, Replica]) -> None:
    one, two = replicas
    user = sign_up(one, "cluster")  # type: ignore[arg-type]
    with two.client(user.token) as client:  # a token of replica 1 works on replica 2
        response = client.post(
            "/api/submit", json={"problem_slug": "two-sum", "language": "python", "code": TWO_SUM}
        )
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "accepted", response.text
        submission = response.json()["submission_id"]
    with one.client(user.token) as client:
        history = client.get("/api/submissions/two-sum").json()
    assert submission in {item["id"] for item in history["items"]}, history


def test_a_duel_across_the_two_replicas(replicas: tuple[Replica, Replica]) -> None:
    one, two = replicas
    ann = Player(one, sign_up(one, "ann"))  # type: ignore[arg-type]
    bob = Player(two, sign_up(two, "bob"))  # type: ignore[arg-type]

    async def duel() -> None:
        try:
            found, _ = await matched(ann, bob, difficulty="beginner", language="python")
            code = ROOT / "problems" / found["problem"]["slug"] / "solutions" / "python.py"
            await ann.send(type="code-submit", duel_id=found["duel_id"], code=code.read_text())
            result = await ann.expect("code-result", timeout=180)
            assert result["status"] == "accepted", result
            progress = await bob.expect("opponent-progress", timeout=30)
            assert progress["status"] == "solved", progress
            for player in (ann, bob):
                complete = await player.expect("duel-complete", timeout=30)
                assert complete["winner"] == ann.username, complete
        finally:
            await ann.close()
            await bob.close()

    asyncio.run(duel())


def test_a_redis_restart_is_reported_and_survived(replicas: tuple[Replica, Replica]) -> None:
    one, _ = replicas
    subprocess.run(["bash", str(ROOT / "scripts" / "redis-up.sh"), "--restart"], check=True)
    wait_until(lambda: health(one).get("status") == "ok", "replica 1 to be ok again", interval=1)
    user = sign_up(one, "after")  # type: ignore[arg-type]
    response = user.submit()
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "accepted", response.text
