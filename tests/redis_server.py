"""A redis-server of a test's own: a free loopback port, its folder, no persistence. Missing
redis-server fails under CI=true and skips elsewhere."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
from pathlib import Path

import pytest
import redis

from tests.conftest import missing
from tests.polling import wait_until

INSTALL = "sudo bash scripts/redis-up.sh (installs Debian's redis-server)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """A redis-server on a loopback port, its data (none kept) in ``folder``."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            missing(f"redis-server: {INSTALL}")
        self.binary = binary
        self.folder = folder
        self.port = port or _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        command = [self.binary, "--bind", "127.0.0.1", "--port", str(self.port)]
        command += ["--dir", str(self.folder), "--save", "", "--appendonly", "no"]
        log = self.folder / "redis.log"
        with open(log, "ab") as out:
            self.proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        wait_until(self._answers, "redis-server to answer", timeout=20)
        return self

    def _answers(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            pytest.fail(f"redis-server exited: {(self.folder / 'redis.log').read_text()}")
        with redis.Redis.from_url(self.url) as client:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop it (``SIGKILL``: as if it crashed); ``start()`` brings it back on its port."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=10)
