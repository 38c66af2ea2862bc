"""POST /api/submit: seed 002's responses (accepted, early exit, compile and runtime errors),
seed 000's fields, XP on the first accept, and every error of the seed 002 format."""

from __future__ import annotations

import logging

from tests.server.conftest import (
    CRASH,
    SYNTAX_ERROR,
    TWO_SUM,
    TWO_SUM_WRONG,
    LiveServer,
    assert_submissions_error,
    server_settings,
    sign_up,
)

SEED_002_FIELDS = {
    "success",
    "results",
    "summary",
    "total_test_cases",
    "submission_id",
    "runtime_ms",
    "memory_kb",
    "compile_error",
    "runtime_error",
    "times_solved",
    "is_mastered",
    "next_review_date",
}
SEED_000_FIELDS = {"id", "status", "runtime_ms", "memory_kb", "test_results", "xp_earned"}


def test_accepted_two_sum_answers_both_seeds_and_earns_xp_once(server, new_user, clock):
    user = new_user()
    response = user.submit(TWO_SUM)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= SEED_002_FIELDS | SEED_000_FIELDS
    assert body["success"] is True and body["status"] == "accepted"
    assert body["id"] == body["submission_id"]
    assert body["total_test_cases"] == 12
    assert body["summary"] == {"total": 12, "passed": 12, "failed": 0}
    assert body["compile_error"] is None and body["runtime_error"] is None
    assert body["xp_earned"] == 100
    assert body["times_solved"] == 1
    assert body["is_mastered"] is False
    tomorrow = clock.today().toordinal() + 1
    assert body["next_review_date"] == type(clock.today()).fromordinal(tomorrow).isoformat()

    first = body["results"][0]
    assert first["test_number"] == 1 and first["passed"] is True
    assert first["input"] == [[2, 7, 11, 15], 9]
    assert sorted(first["output"]) == [0, 1] and first["expected"] == [0, 1]
    assert first["error"] is None
    hidden = body["results"][3]
    assert hidden["hidden"] is True and hidden["passed"] is True
    assert hidden["input"] is None and hidden["output"] is None
    assert hidden["expected"] is None and hidden["stdout"] is None

    assert body["test_results"][0] == {"test_case": 1, "passed": True, "output": "[0,1]"}
    assert body["test_results"][3] == {"test_case": 4, "passed": True, "output": None}

    again = user.submit(TWO_SUM).json()
    assert again["status"] == "accepted" and again["xp_earned"] == 0
    assert again["times_solved"] == 2
    profile = user.client.get("/api/profile").json()
    assert profile["xp_total"] == 100


def test_wrong_answer_stops_at_the_first_failure(server, new_user):
    user = new_user()
    body = user.submit(TWO_SUM_WRONG).json()
    assert body["success"] is False and body["status"] == "wrong_answer"
    assert body["summary"] == {"total": 2, "passed": 1, "failed": 1}
    assert body["total_test_cases"] == 12
    failed = body["results"][-1]
    assert failed["test_number"] == 2 and failed["passed"] is False
    assert failed["input"] == [[3, 2, 4], 6]
    assert failed["output"] == [0, 1] and failed["expected"] == [1, 2]
    assert failed["stdout"].startswith("Debug: checking 3")
    assert body["test_results"][-1] == {"test_case": 2, "passed": False, "output": "[0,1]"}
    assert body["xp_earned"] == 0
    assert body["times_solved"] is None and body["is_mastered"] is None
    assert body["next_review_date"] is None


def test_python_syntax_and_runtime_errors(server, new_user):
    user = new_user()
    syntax = user.submit(SYNTAX_ERROR).json()
    assert syntax["status"] == "compile_error" and syntax["success"] is False
    assert "SyntaxError" in syntax["compile_error"]
    assert syntax["results"] == [] and syntax["summary"] == {"total": 0, "passed": 0, "failed": 0}

    runtime = user.submit(CRASH).json()
    assert runtime["status"] == "runtime_error"
    assert "IndexError" in runtime["runtime_error"]
    assert runtime["results"][0]["error"] == runtime["runtime_error"]
    assert runtime["results"][0]["output"] is None


def test_javascript_and_problem_id_and_stdio(server, new_user, api):
    user = new_user()
    problem = user.client.get("/api/problems/two-sum").json()
    js = (server.settings.problems_dir / "two-sum" / "solutions" / "javascript.js").read_text()
    body = user.client.post(
        "/api/submit", json={"problem_id": problem["id"], "language": "javascript", "code": js}
    ).json()
    assert body["status"] == "accepted" and body["problem_id"] == problem["id"]

    folder = server.settings.problems_dir / "prefix-sum-queries"
    code = (folder / "solutions" / "python.py").read_text()
    stdio = user.submit(code, slug="prefix-sum-queries").json()
    assert stdio["status"] == "accepted", stdio
    visible = stdio["test_results"][0]
    assert visible["output"] == stdio["results"][0]["output"]  # stdio text as is


def test_problem_not_found(server, new_user):
    user = new_user()
    error = assert_submissions_error(user.submit(slug="invalid"), 404, "PROBLEM_NOT_FOUND")
    assert error["message"] == "Problem with slug 'invalid' not found"
    response = user.client.post(
        "/api/submit", json={"problem_id": "0000", "language": "python", "code": TWO_SUM}
    )
    assert_submissions_error(response, 404, "PROBLEM_NOT_FOUND")


def test_validation_errors_are_422(server, new_user):
    user = new_user()
    missing = user.client.post("/api/submit", json={"problem_slug": "two-sum"})
    assert assert_submissions_error(missing, 422, "VALIDATION_ERROR")["message"] == (
        "Code is required"
    )
    empty = user.submit("   \n")
    assert assert_submissions_error(empty, 422, "VALIDATION_ERROR")["message"] == (
        "Code is required"
    )
    no_problem = user.client.post("/api/submit", json={"code": TWO_SUM, "language": "python"})
    assert "required" in assert_submissions_error(no_problem, 422, "VALIDATION_ERROR")["message"]
    no_language = user.client.post("/api/submit", json={"code": TWO_SUM, "problem_slug": "two-sum"})
    message = assert_submissions_error(no_language, 422, "VALIDATION_ERROR")["message"]
    assert message == "Language is required"
    language = user.submit(language="cobol")
    message = assert_submissions_error(language, 422, "VALIDATION_ERROR")["message"]
    assert "cobol" in message and "python" in message
    too_long = user.submit("#" * (server.settings.max_code_bytes + 1))
    message = assert_submissions_error(too_long, 422, "VALIDATION_ERROR")["message"]
    assert "too long" in message and str(server.settings.max_code_bytes) in message
    huge = user.client.post(
        "/api/submit",
        content=b'{"code": "' + b"x" * (5 * server.settings.max_code_bytes + 65536) + b'"}',
        headers={"Content-Type": "application/json"},
    )
    assert_submissions_error(huge, 413, "VALIDATION_ERROR")
    wrong_type = user.client.post(
        "/api/submit", json={"problem_slug": "two-sum", "language": "python", "code": 42}
    )
    assert "code" in assert_submissions_error(wrong_type, 422, "VALIDATION_ERROR")["message"]
    malformed = user.client.post(
        "/api/submit", content=b"{", headers={"Content-Type": "application/json"}
    )
    assert_submissions_error(malformed, 422, "VALIDATION_ERROR")


def test_authentication_required(server, api):
    body = {"problem_slug": "two-sum", "language": "python", "code": TWO_SUM}
    response = api.post("/api/submit", json=body)
    error = assert_submissions_error(response, 401, "AUTHENTICATION_REQUIRED")
    assert "Authentication required" in error["message"]
    response = api.post(
        "/api/rate-submission",
        json={"submission_id": "x", "rating": "good"},
        headers={"Authorization": "Bearer nonsense"},
    )
    assert_submissions_error(response, 401, "AUTHENTICATION_REQUIRED")


def test_judge_failure_is_a_judge_error_and_still_recorded(tmp_path, problems_dir, caplog):
    """The real local judge on an engine that is not there: users read that the judge is
    unavailable, the log says why."""
    settings = server_settings(
        tmp_path, problems_dir, docker_host="unix:///nonexistent/docker.sock", judge_pool_size=0
    )
    live = LiveServer(settings).start()
    try:
        user = sign_up(live)
        with caplog.at_level(logging.ERROR, logger="pyscape_server"):
            response = user.submit(TWO_SUM)
        error = assert_submissions_error(response, 500, "JUDGE_ERROR")
        assert error["message"] == "The judge is unavailable, try again later"
        assert "docker" not in response.text.lower() and "script" not in response.text
        assert "Docker engine" in caplog.text
        problem_id = user.client.get("/api/problems/two-sum").json()["id"]
        history = user.client.get(f"/api/submissions/{problem_id}").json()
        assert history["total"] == 1
        assert history["items"][0]["status"] == "internal_error"
        assert history["items"][0]["code"] == TWO_SUM
        user.client.close()
    finally:
        live.stop()


def test_an_unscripted_verdict_never_passes(server, new_user, judge):
    """The fake judge answers code it has no script for as the judge's failure."""
    user = new_user()
    response = user.submit("print('nobody scripted me')\n")
    assert_submissions_error(response, 500, "JUDGE_ERROR")
    assert judge.calls[-1].code == "print('nobody scripted me')\n"
