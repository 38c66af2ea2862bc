"""Fixtures of the robustness suite: a fuzzing target, both ports of one runtime, a private
Docker engine that a test may stop, and the checks of the two seed error formats.

* ``fuzz_server``: a dedicated REST server (its own database, a scripted judge) and a user.
* ``duel_live``: REST and WebSocket ports of one runtime (tests/server/duels' DuelServer).
* ``server_process``: ``python -m pyscape_server`` as a subprocess (to be SIGKILLed).
* ``private_engine``: a second dockerd on its own socket and data root, with the Python sandbox
  image loaded: stopping it never disturbs the engine other tests (and other people) use.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docker
import pytest

from pyscape_judge.images import list_images
from pyscape_server.errors import Family, family_of
from tests.conftest import missing, require_docker
from tests.polling import wait_until
from tests.server.conftest import LiveServer, User, scripted_judge, server_settings, sign_up
from tests.server.duels.conftest import FAST, DuelServer
from tests.server.test_main import Process

#: Marks the test that stops a Docker engine: it runs after every other test of the session.
ENGINE_STOP = "engine_stop"
#: Fixtures of this folder that need the Docker engine.
ENGINE_FIXTURES = {"private_engine", "server_process"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{ENGINE_STOP}: stops a Docker engine; runs last in the session"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests on the engine here need Docker; the engine-stopping test goes last."""
    for item in items:
        if ENGINE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.docker)
    last = [item for item in items if item.get_closest_marker(ENGINE_STOP)]
    for item in last:
        items.remove(item)
    items.extend(last)


# ---------------------------------------------------------------------------- servers


class FuzzTarget:
    """A live server and one user whose token the fuzzer sends."""

    def __init__(self, live: LiveServer, user: User) -> None:
        self.live = live
        self.user = user
        self.url = live.url
        self.token = user.token


@pytest.fixture(scope="session")
def fuzz_server(
    tmp_path_factory: pytest.TempPathFactory, problems_dir: Path
) -> Iterator[FuzzTarget]:
    settings = server_settings(
        tmp_path_factory.mktemp("fuzz"), problems_dir, judge_pool_size=1, judge_concurrency=2
    )
    live = LiveServer(settings, judge=scripted_judge(problems_dir)).start()
    user = sign_up(live, "fuzz")
    yield FuzzTarget(live, user)
    user.client.close()
    live.stop()


@pytest.fixture(scope="module")
def duel_live(tmp_path_factory: pytest.TempPathFactory, problems_dir: Path) -> Iterator[DuelServer]:
    folder = tmp_path_factory.mktemp("duel-fuzz")
    live = DuelServer(folder, problems_dir, FAST, scripted_judge(problems_dir)).start()
    yield live
    live.stop()


@pytest.fixture
def server_process(tmp_path: Path, problems_dir: Path) -> Iterator[Callable[..., Process]]:
    """``python -m pyscape_server`` on ``tmp_path``'s database: ``server_process(**env)``."""
    require_docker()
    started: list[Process] = []

    def start(**env: str) -> Process:
        started.append(Process(tmp_path, problems_dir, **env))
        return started[-1]

    yield start
    for p in started:
        if p.proc.poll() is None:
            p.proc.kill()
            p.proc.wait()


# ---------------------------------------------------------------------------- error formats


def assert_error_format(path: str, status: int, body: Any) -> None:
    """``body`` is an error in the format of the family of ``path`` (docs/api.md)."""
    if family_of(path) is Family.BASIC:
        assert isinstance(body, dict), body
        assert body.get("status") == status, body
        assert isinstance(body.get("code"), str) and body["code"].isupper(), body
        assert isinstance(body.get("error"), str) and body["error"], body
        assert set(body) <= {"error", "code", "status", "details"}, body
    else:
        assert isinstance(body, dict) and body.get("success") is False, body
        error = body.get("error")
        assert isinstance(error, dict), body
        assert isinstance(error.get("code"), str) and error["code"].isupper(), body
        assert isinstance(error.get("message"), str) and error["message"], body
        assert set(body) == {"success", "error"}, body
        assert set(error) <= {"code", "message", "details"}, body


# ---------------------------------------------------------------------------- private engine


class PrivateEngine:
    """A dockerd of our own: ``stop()`` kills it as ``pkill dockerd`` would, ``start()`` again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "docker.sock"
        self.url = f"unix://{self.socket}"
        self.pidfile = root / "docker.pid"
        self.log = root / "dockerd.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        command = [
            "dockerd",
            f"--host={self.url}",
            f"--data-root={self.root / 'data'}",
            f"--exec-root={self.root / 'exec'}",
            f"--pidfile={self.pidfile}",
            "--bridge=none",
            "--iptables=false",
            "--ip-masq=false",
        ]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        wait_until(self._started, "the private dockerd to answer", timeout=timeout, interval=0.2)

    def _started(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"the private dockerd exited:\n{self.log.read_text()}")
        return self.answers()

    def answers(self) -> bool:
        try:
            client = docker.DockerClient(base_url=self.url, timeout=5)
            try:
                return bool(client.ping())
            finally:
                client.close()
        except Exception:
            return False

    def stop(self) -> None:
        """SIGTERM, as ``pkill dockerd`` sends; waits until it has exited."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def load_image(self, tag: str) -> None:
        save = subprocess.Popen(["docker", "save", tag], stdout=subprocess.PIPE)
        loaded = subprocess.run(
            ["docker", "load"],
            stdin=save.stdout,
            env={**os.environ, "DOCKER_HOST": self.url},
            capture_output=True,
            timeout=300,
            check=False,
        )
        assert save.wait() == 0 and loaded.returncode == 0, loaded.stderr


@pytest.fixture
def private_engine() -> Iterator[PrivateEngine]:
    """A second engine with the Python sandbox image; always stopped and removed after."""
    require_docker()
    absent = [name for name in ("dockerd", "docker") if shutil.which(name) is None]
    if absent or os.geteuid() != 0:
        missing(f"a private dockerd needs root and {', '.join(absent) or 'dockerd'}")
    # a short root: unix socket paths are limited to 108 bytes
    engine = PrivateEngine(Path(tempfile.mkdtemp(prefix="pyscape-engine-", dir="/tmp")))
    python = list_images(docker.from_env(), ["python"])[0].tag
    try:
        engine.start()
        engine.load_image(python)
        yield engine
    finally:
        engine.stop()
        shutil.rmtree(engine.root, ignore_errors=True)
