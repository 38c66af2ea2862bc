"""``python -m pyscape_server`` as users run it: both ports in one process, settings from the
environment, nothing lost on SIGKILL, leftovers swept at the next start, SIGTERM graceful."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import docker
import httpx
import pytest

from tests.conftest import require_docker
from tests.polling import wait_until
from tests.server.conftest import PASSWORD, TWO_SUM
from tests.server.db.databases import create_database, on_postgres

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Process:
    def __init__(self, tmp: Path, problems_dir: Path, **env: str) -> None:
        self.http = free_port()
        self.ws = free_port()
        self.log = tmp / f"server-{self.http}.log"
        environment = {
            **os.environ,
            "PYSCAPE_HOST": "127.0.0.1",
            "PYSCAPE_HTTP_PORT": str(self.http),
            "PYSCAPE_WS_PORT": str(self.ws),
            "PYSCAPE_DATABASE": str(tmp / "pyscape.db"),
            "PYSCAPE_PROBLEMS_DIR": str(problems_dir),
            "PYSCAPE_BUILD_IMAGES": "false",
            "PYSCAPE_JUDGE_POOL_SIZE": "0",
            # Leftovers are looked for as the engine's containers.
            "PYSCAPE_JUDGE_SANDBOX": "docker",
            **env,
        }
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "pyscape_server"],
                cwd=REPO,
                env=environment,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.url = f"http://127.0.0.1:{self.http}"
        self._wait_ready()

    def _wait_ready(self) -> None:
        try:
            wait_until(self._answers, "the server to answer on both ports", timeout=90)
        except BaseException:
            self.proc.kill()
            print(self.log.read_text())
            raise

    def _answers(self) -> bool:
        if self.proc.poll() is not None:
            raise RuntimeError(f"the server exited:\n{self.log.read_text()}")
        try:
            rest = httpx.get(f"{self.url}/health", timeout=1)
            ws = httpx.get(f"http://127.0.0.1:{self.ws}/health", timeout=1)
        except httpx.HTTPError:
            return False
        return rest.status_code == ws.status_code == 200

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout=60)


@pytest.fixture
def process(tmp_path, problems_dir):
    require_docker()
    started: list[Process] = []
    # every process of one test shares one database (a restarted server finds its data)
    database = {"PYSCAPE_DATABASE_URL": create_database()} if on_postgres() else {}

    def start(**env: str) -> Process:
        p = Process(tmp_path, problems_dir, **{**database, **env})
        started.append(p)
        return p

    yield start
    for p in started:
        if p.proc.poll() is None:
            p.proc.kill()
            p.proc.wait()


def test_both_ports_answer_and_sigterm_stops_gracefully(process):
    server = process()
    rest = httpx.get(f"{server.url}/health")
    assert rest.json()["status"] == "ok" and "x-ratelimit-limit" in rest.headers
    ws = httpx.get(f"http://127.0.0.1:{server.ws}/health")
    assert ws.json()["status"] == "ok"
    assert httpx.get(f"{server.url}/schema/openapi.json").status_code == 200
    unknown = httpx.get(f"http://127.0.0.1:{server.ws}/nowhere")
    assert unknown.status_code == 404 and unknown.json()["code"] == "NOT_FOUND"
    assert server.stop(signal.SIGTERM) == 0
    log = server.log.read_text()
    assert "PyScape server stopped" in log
    (ready,) = [line for line in log.splitlines() if "PyScape server ready:" in line]
    database = "database postgresql" if on_postgres() else "database sqlite"
    for part in (database, "judge local", "rate limits", "trusted proxies none"):
        assert part in ready, ready
    assert "pyscape/python:" in ready  # the images
    assert "Uvicorn running" not in log and log.count("Started server process") <= 1


def test_nothing_is_lost_when_killed_and_leftovers_are_swept(process):
    server = process(PYSCAPE_JUDGE_POOL_SIZE="1")
    client = httpx.Client(base_url=server.url, timeout=120)
    signup = client.post(
        "/api/auth/signup",
        json={"email": "kill@example.com", "password": PASSWORD, "username": "killed"},
    ).json()
    token = signup["session"]["access_token"]
    client.headers["Authorization"] = f"Bearer {token}"
    submitted = client.post(
        "/api/submit", json={"problem_slug": "two-sum", "language": "python", "code": TWO_SUM}
    ).json()
    assert submitted["status"] == "accepted"
    old_pid = server.proc.pid
    assert server.stop(signal.SIGKILL) == -signal.SIGKILL

    engine = docker.from_env()
    owned = [owner for owner in _owners(engine) if f":{old_pid}:" in owner]
    assert owned, "the warm pool left containers behind"

    restarted = process()
    client.base_url = httpx.URL(restarted.url)
    assert client.get("/api/profile").json()["xp_total"] == 100  # same secret: token still valid
    history = client.get("/api/submissions").json()
    assert [s["id"] for s in history["submissions"]] == [submitted["id"]]
    login = client.post("/api/auth/login", json={"email": "kill@example.com", "password": PASSWORD})
    assert login.status_code == 200
    leftovers = [owner for owner in _owners(engine) if f":{old_pid}:" in owner]
    assert leftovers == []
    client.close()


def test_bad_settings_exit_with_a_clear_message(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pyscape_server"],
        cwd=REPO,
        env={**os.environ, "PYSCAPE_HTTP_PORT": "web"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "PYSCAPE_HTTP_PORT" in result.stderr and "Traceback" not in result.stderr


def _owners(engine) -> list[str]:
    """The owner label of every sandbox container (one API call: no race with removals)."""
    found = engine.api.containers(all=True, filters={"label": "pyscape.sandbox"})
    return [c["Labels"].get("pyscape.owner", "") for c in found]
