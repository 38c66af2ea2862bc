"""The server with PYSCAPE_JUDGE_MODE=queue: a real uvicorn, a worker subprocess, Redis."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.polling import wait_until
from tests.queue.conftest import RedisServer
from tests.server.conftest import LiveServer, server_settings, sign_up


def queue_server(tmp_path: Path, problems: Path, redis_url: str) -> LiveServer:
    settings = server_settings(
        tmp_path,
        problems,
        judge_mode="queue",
        redis_url=redis_url,
        judge_queue_deadline_s=60,
        judge_pool_size=0,
    )
    return LiveServer(settings).start()


def test_server_judges_two_sum_on_a_worker(redis_url, start_worker, queue_problems, tmp_path):
    worker = start_worker()
    live = queue_server(tmp_path, queue_problems, redis_url)
    try:
        user = sign_up(live)
        response = user.submit()
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == "accepted" and body["summary"]["passed"] == 12
        health = httpx.get(f"{live.url}/health").json()
        assert health["status"] == "ok"
        assert health["judge_queue"]["queued"] == 0
        assert [w["id"] for w in health["judge_queue"]["workers"]] == [worker.name]
        worker.stop()

        def degraded() -> bool:
            return httpx.get(f"{live.url}/health").json()["status"] == "degraded"

        wait_until(degraded, "/health to see that no worker is left", timeout=30)
        assert httpx.get(f"{live.url}/health").json()["judge_queue"]["workers"] == []
    finally:
        live.stop()


def test_server_reports_redis_gone_and_recovers(redis_url, start_worker, queue_problems, tmp_path):
    own = RedisServer(tmp_path).start()
    live = queue_server(tmp_path, queue_problems, own.url)
    try:
        worker = start_worker(url=own.url)
        user = sign_up(live)
        own.stop()
        health = httpx.get(f"{live.url}/health").json()
        assert health["status"] == "degraded"
        assert "cannot read the judging queue" in health["judge_queue_error"]
        response = user.submit()  # as when the local judge's Docker engine is down
        assert response.status_code == 500, response.text
        assert response.json()["error"]["code"] == "JUDGE_ERROR"
        assert response.json()["error"]["message"] == "The judge is unavailable, try again later"
        ready = httpx.get(f"{live.url}/ready")
        assert ready.status_code == 503 and "Redis" in ready.json()["missing"][0]

        own.start()  # same port, no data: the worker registers again

        def healthy() -> bool:
            return httpx.get(f"{live.url}/health").json()["status"] == "ok"

        wait_until(healthy, "/health to be ok again", timeout=30)
        response = user.submit()
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "accepted"
        assert worker.proc.poll() is None
    finally:
        live.stop()
        own.stop()
