"""GET /ready: 200 when submissions can be judged, 503 naming what is missing; /health stays
liveness."""

from __future__ import annotations

import httpx

from tests.server.conftest import LiveServer, server_settings


def test_ready_names_what_is_missing(make_server):
    live = make_server()
    with live.client() as client:
        assert client.get("/ready").json() == {"status": "ready", "missing": []}
        live.judge.unavailable = ["the Docker engine does not answer: gone"]
        response = client.get("/ready")
        assert response.status_code == 503
        assert response.json() == {
            "status": "unavailable",
            "missing": ["the Docker engine does not answer: gone"],
        }
        assert client.get("/health").status_code == 200  # alive all the same


def test_ready_without_an_engine_on_the_real_local_judge(tmp_path, problems_dir):
    settings = server_settings(
        tmp_path, problems_dir, docker_host="unix:///nonexistent/docker.sock", judge_pool_size=0
    )
    live = LiveServer(settings).start()
    try:
        response = httpx.get(f"{live.url}/ready", timeout=30)
        assert response.status_code == 503
        (missing,) = response.json()["missing"]
        assert missing.startswith("the Docker engine does not answer")
    finally:
        live.stop()
