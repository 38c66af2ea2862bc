"""POST /api/run and /api/execute on the scripted judge: the shapes, seed 002's errors, the
rate limit, and that nothing is recorded (no submission, no XP, no review)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from pyscape_judge import Problem, Status, load_problem
from pyscape_server.errors import NotAvailable
from pyscape_server.judging import QUEUE_RUNS, QueueJudging
from tests.server.conftest import (
    SYNTAX_ERROR,
    TWO_SUM,
    TWO_SUM_WRONG,
    LiveServer,
    assert_submissions_error,
    scripted_judge,
    server_settings,
    sign_up,
)
from tests.server.fake_judge import Outcome

RUN_FIELDS = {"results", "compile_error", "runtime_error", "status", "language"}
CASE_FIELDS = {
    "input",
    "output",
    "expected",
    "passed",
    "stdout",
    "error",
    "status",
    "runtime_ms",
    "memory_kb",
}
HELLO = "print('Hello, ' + input() + '!')\n"


def run(user: Any, code: str = TWO_SUM, **body: Any) -> Any:
    return user.client.post(
        "/api/run", json={"problem_slug": "two-sum", "language": "python", "code": code, **body}
    )


def traces(user: Any) -> tuple[int, int, list[Any]]:
    """What a run must not change: submissions, XP, reviews due."""
    client = user.client
    return (
        client.get("/api/submissions").json()["total"],
        client.get("/api/profile").json()["xp_total"],
        client.get("/api/reviews/due").json()["reviews"],
    )


def test_run_on_the_examples_records_nothing(server, new_user, judge):
    user = new_user()
    before, judged = traces(user), len(judge.calls)
    response = run(user)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == RUN_FIELDS
    assert body["status"] == "accepted" and body["language"] == "python"
    assert body["compile_error"] is None and body["runtime_error"] is None
    assert [c["input"] for c in body["results"]] == [
        [[2, 7, 11, 15], 9],
        [[3, 2, 4], 6],
        [[3, 3], 6],
    ]
    first = body["results"][0]
    assert set(first) == CASE_FIELDS
    assert first["expected"] == [0, 1] and first["passed"] is True
    assert traces(user) == before  # no submission, no XP, no review
    assert len(judge.calls) == judged  # run, not judged
    assert judge.runs[-1].inputs is None and judge.runs[-1].slug == "two-sum"


def test_run_on_own_inputs_by_problem_id(server, new_user, judge):
    user = new_user()
    problem_id = user.client.get("/api/problems/two-sum").json()["id"]
    body = run(
        user,
        TWO_SUM_WRONG,
        problem_slug=None,
        problem_id=problem_id,
        inputs=[[[2, 7, 11, 15], 9], [[1, 5, 3], 8]],
    ).json()
    assert judge.runs[-1].inputs == [[[2, 7, 11, 15], 9], [[1, 5, 3], 8]]
    ok, failed = body["results"]
    assert ok["passed"] is True and ok["expected"] == [0, 1]
    assert failed["status"] == "wrong_answer" and failed["passed"] is False
    assert failed["stdout"] == "Debug: checking 3\n"
    assert body["status"] == "wrong_answer"


def test_a_compile_error_has_no_results(server, new_user):
    body = run(new_user(), SYNTAX_ERROR).json()
    assert body["status"] == "compile_error" and body["results"] == []
    assert body["compile_error"].startswith("SyntaxError")


@pytest.mark.parametrize(
    ("body", "status", "code", "message"),
    [
        (
            {"inputs": [[[2, 7], "9"]]},
            422,
            "VALIDATION_ERROR",
            "input 1: argument `target`: expected int, got '9'",
        ),
        ({"inputs": [[[1, 2], 3]] * 21}, 422, "VALIDATION_ERROR", "at most 20 items"),
        ({"inputs": "[[1, 2], 3]"}, 422, "VALIDATION_ERROR", "`inputs`"),
        ({"problem_slug": "two-summ"}, 404, "PROBLEM_NOT_FOUND", "not found"),
        ({"language": "cobol"}, 422, "VALIDATION_ERROR", "Unknown language 'cobol'"),
        ({"code": "  "}, 422, "VALIDATION_ERROR", "Code is required"),
    ],
)
def test_run_errors_in_seed_002_format(server, new_user, body, status, code, message):
    error = assert_submissions_error(run(new_user(), **body), status, code)
    assert message in error["message"]


def test_a_failing_judge_is_judge_error(server, new_user, judge):
    user = new_user()
    judge.down = "the engine is gone"
    try:
        refused = run(user)
    finally:
        judge.down = None
    error = assert_submissions_error(refused, 500, "JUDGE_ERROR")
    assert "engine" not in error["message"]  # the reason goes to the log only


def test_execute_a_program(server, new_user, judge):
    user = new_user()
    judge.script(HELLO, Outcome(output="Hello, Ada!\n", stdout="a note\n"))
    before = traces(user)
    response = user.client.post(
        "/api/execute", json={"language": "py", "code": HELLO, "stdin": "Ada\n"}
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "status": "accepted",
        "stdout": "Hello, Ada!\n",
        "stderr": "a note\n",
        "exit_code": 0,
        "time_ms": 1.0,
        "memory_kb": 9000,
        "error": None,
        "compile_error": None,
        "language": "python",
    }
    assert judge.runs[-1].inputs == "Ada\n" and judge.runs[-1].slug is None
    assert traces(user) == before
    missing = user.client.post("/api/execute", json={"language": "python"})
    assert_submissions_error(missing, 422, "VALIDATION_ERROR")


def test_run_is_rate_limited_like_submit(make_server):
    live = make_server(rate_limit_user=3, rate_limit_user_window=3600)
    user = sign_up(live)
    assert run(user).status_code == 200
    assert run(user).status_code == 200
    assert run(user).status_code == 200
    error = assert_submissions_error(run(user), 429, "RATE_LIMITED")
    assert "try again" in error["message"]
    executed = user.client.post("/api/execute", json={"language": "python", "code": HELLO})
    assert_submissions_error(executed, 429, "RATE_LIMITED")
    user.client.close()


class QueueLike:
    """A scripted judge that, like queue judging, offers no runs."""

    def __init__(self, problems_dir: Any) -> None:
        self.inner = scripted_judge(problems_dir)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def run_async(self, problem: Problem, *args: Any) -> Any:
        raise NotAvailable(QUEUE_RUNS)

    async def execute_async(self, *args: Any) -> Any:
        raise NotAvailable(QUEUE_RUNS)


def test_where_runs_are_not_offered_the_answer_says_so(tmp_path, problems_dir):
    settings = server_settings(tmp_path, problems_dir, judge_pool_size=0)
    live = LiveServer(settings, None, QueueLike(problems_dir)).start()  # type: ignore[arg-type]
    try:
        user = sign_up(live)
        error = assert_submissions_error(run(user), 501, "NOT_IMPLEMENTED")
        assert "PYSCAPE_JUDGE_MODE=queue" in error["message"]
        executed = user.client.post("/api/execute", json={"language": "python", "code": HELLO})
        assert_submissions_error(executed, 501, "NOT_IMPLEMENTED")
        assert user.submit().json()["status"] == Status.ACCEPTED  # judging still works
        user.client.close()
    finally:
        live.stop()


def test_queue_judging_refuses_runs_without_faking(tmp_path, problems_dir):
    settings = server_settings(
        tmp_path, problems_dir, judge_mode="queue", redis_url="redis://127.0.0.1:1/0"
    )
    judging = QueueJudging(settings)
    problem = load_problem(problems_dir / "two-sum")
    with pytest.raises(NotAvailable, match="judge submissions only"):
        asyncio.run(judging.run_async(problem, "python", TWO_SUM, None))
    with pytest.raises(NotAvailable):
        asyncio.run(judging.execute_async("python", HELLO, ""))
