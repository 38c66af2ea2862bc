"""Faults around the server process: SIGKILL during a burst of submissions (the database is
intact and holds every answered submission, none half-written), and a client that goes away in
the middle of its submit (the submission is still judged and recorded)."""

from __future__ import annotations

import json
import signal
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.polling import wait_until
from tests.server.conftest import PASSWORD, TWO_SUM, TWO_SUM_WRONG, sign_up
from tests.server.fake_judge import Outcome
from tests.server.test_main import Process

USERS = 3
PER_USER = 8


def test_sigkill_during_a_burst_loses_nothing_answered(tmp_path, server_process):
    server: Process = server_process(PYSCAPE_JUDGE_POOL_SIZE="1", PYSCAPE_JUDGE_CONCURRENCY="2")
    tokens = [_sign_up(server.url, f"burst{i}") for i in range(USERS)]
    answered: dict[str, tuple[str, str]] = {}  # submission id -> (token, status)
    lock = threading.Lock()

    def submit(n: int) -> None:
        token = tokens[n % USERS]
        code = TWO_SUM if n % 2 else TWO_SUM_WRONG
        body = {"problem_slug": "two-sum", "language": "python", "code": code}
        try:
            r = httpx.post(f"{server.url}/api/submit", json=body, headers=_auth(token), timeout=60)
        except httpx.HTTPError:
            return  # cut off by the kill: may or may not be recorded
        if r.status_code == 200:
            with lock:
                answered[r.json()["submission_id"]] = (token, r.json()["status"])

    with ThreadPoolExecutor(USERS * PER_USER) as pool:
        futures = [pool.submit(submit, n) for n in range(USERS * PER_USER)]
        wait_until(lambda: len(answered) >= 4, "four answered submissions", timeout=120)
        assert server.stop(signal.SIGKILL) == -signal.SIGKILL
        for future in futures:
            future.result()
    assert 4 <= len(answered) < USERS * PER_USER, "the kill came too late to cut anything off"

    database = tmp_path / "pyscape.db"
    _assert_intact(database)
    restarted = server_process()
    _assert_intact(database)
    for submission_id, (token, status) in answered.items():
        history = httpx.get(
            f"{restarted.url}/api/submissions?limit=100", headers=_auth(token), timeout=30
        )
        found = {s["id"]: s["status"] for s in history.json()["submissions"]}
        assert found.get(submission_id) == status, (submission_id, status)


def test_client_gone_mid_submit_is_still_judged_and_recorded(fuzz_server):
    user = sign_up(fuzz_server.live, "gone")
    slow = "import time\n\ntime.sleep(1)\n" + TWO_SUM
    fuzz_server.live.judge.script(slow, Outcome(delay=1))  # twice the client's patience
    body = {"problem_slug": "two-sum", "language": "python", "code": slow}
    try:
        httpx.post(
            f"{fuzz_server.url}/api/submit", json=body, headers=_auth(user.token), timeout=0.5
        )
        raise AssertionError("the submit answered before the client gave up")
    except httpx.TimeoutException:
        pass  # the client closed the connection mid-submit
    history = wait_until(
        lambda: user.client.get("/api/submissions").json()["submissions"],
        "the submission to be recorded",
    )
    assert [s["status"] for s in history] == ["accepted"]
    assert user.client.get("/api/profile").json()["xp_total"] == 100
    user.client.close()


# ------------------------------------------------------------------------------ helpers


def _sign_up(url: str, name: str) -> str:
    body = {"email": f"{name}@example.com", "password": PASSWORD, "username": name}
    response = httpx.post(f"{url}/api/auth/signup", json=body, timeout=60)
    assert response.status_code == 201, response.text
    return response.json()["session"]["access_token"]


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _assert_intact(database: Path) -> None:
    """integrity_check passes, and every submission is whole: its verdict, its solve count
    and its XP were written together or not at all."""
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute("SELECT status, passed, verdict FROM submissions").fetchall()
        for status, passed, verdict in rows:
            assert json.loads(verdict)["status"] == status
            assert bool(passed) == (status == "accepted")
        solved = conn.execute(
            "SELECT user_id, problem_id, count(*) FROM submissions WHERE passed "
            "GROUP BY user_id, problem_id"
        ).fetchall()
        progress = conn.execute("SELECT user_id, problem_id, times_solved FROM progress")
        assert sorted(solved) == sorted(progress.fetchall())
        awards = conn.execute(
            "SELECT user_id, subject FROM xp_awards WHERE source = 'problem'"
        ).fetchall()
        assert sorted(awards) == sorted((u, p) for u, p, _ in solved)
        totals = conn.execute(
            "SELECT u.xp_total, coalesce(sum(a.amount), 0) FROM users u "
            "LEFT JOIN xp_awards a ON a.user_id = u.id GROUP BY u.id"
        ).fetchall()
        assert all(total == awarded for total, awarded in totals), totals
    finally:
        conn.close()
