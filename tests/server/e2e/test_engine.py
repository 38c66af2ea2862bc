"""The thin end-to-end layer: the server judging on the real Docker engine (marked ``docker``).

Everything else in tests/server judges with the scripted judge; these tests keep it honest:
every verdict scripted in tests/server/conftest.py is the one the real judge gives, each
language's solution is accepted through the API, and a duel is won on the real judge.
"""

from __future__ import annotations

import asyncio

import pytest

from pyscape_judge import load_problem
from pyscape_judge.languages import languages
from tests.conftest import require_docker
from tests.server.conftest import SCRIPTS, TWO_SUM, TWO_SUM_WRONG, LiveServer, sign_up
from tests.server.duels.conftest import FAST, DuelServer, matched, players
from tests.server.fake_judge import ScriptedJudge, scripted_verdict

pytestmark = pytest.mark.docker

#: The fields of a verdict the scripted judge must reproduce exactly.
FIELDS = ("status", "summary", "total_test_cases", "compile_error", "runtime_error")


@pytest.mark.parametrize("name", sorted(SCRIPTS, key=lambda c: c[:60]))
def test_every_scripted_verdict_is_the_real_one(engine_server: LiveServer, name: str) -> None:
    code, outcome = name, SCRIPTS[name]
    slug = "move-zeroes" if "moveZeroes" in code else "two-sum"
    user = sign_up(engine_server, "e2e")
    real = user.submit(code, slug=slug).json()
    problem = load_problem(engine_server.settings.problems_dir / slug)
    fake = scripted_verdict(problem, "python", outcome).to_dict()
    for field in FIELDS:
        assert real[field] == fake[field], (field, real)
    if real["results"]:
        last_real, last_fake = real["results"][-1], fake["results"][-1]
        for key in ("test_number", "passed", "status", "input", "output", "expected", "hidden"):
            assert last_real[key] == last_fake[key], key
        assert last_real["error"] == last_fake["error"]
        if last_fake["stdout"] is not None:
            assert last_real["stdout"] == last_fake["stdout"]
    user.client.close()


@pytest.mark.parametrize("language", list(languages()))
def test_each_language_solution_is_accepted(engine_server: LiveServer, language: str) -> None:
    problem = load_problem(engine_server.settings.problems_dir / "two-sum")
    (path,) = problem.solutions[language]
    user = sign_up(engine_server, "e2e")
    body = user.submit(path.read_text(), language=language).json()
    assert body["status"] == "accepted" and body["summary"]["passed"] == 12, body
    assert body["runtime_ms"] >= 0 and body["memory_kb"] > 0
    user.client.close()


def test_a_duel_is_won_on_the_real_judge(tmp_path, duel_problems) -> None:
    require_docker()
    live = DuelServer(tmp_path, duel_problems, FAST).start()
    try:
        ann, bob = players(live, 2)

        async def duel() -> None:
            found, _ = await matched(ann, bob)
            await ann.send(type="code-submit", duel_id=found["duel_id"], code=TWO_SUM)
            result = await ann.expect("code-result")
            assert result["status"] == "accepted" and result["passed_tests"] == 12, result
            done = await ann.expect("duel-complete")
            assert done["winner"] == ann.username and isinstance(
                done["player1"]["time_seconds"], int
            )
            await ann.close()
            await bob.close()

        asyncio.run(duel())
    finally:
        live.stop()


def test_run_and_execute_on_the_engine(engine_server: LiveServer) -> None:
    user = sign_up(engine_server, "e2e")
    body = {"problem_slug": "two-sum", "language": "python", "code": TWO_SUM_WRONG}
    examples = user.client.post("/api/run", json=body).json()
    fake = asyncio.run(
        ScriptedJudge(dict(SCRIPTS)).run_async(
            load_problem(engine_server.settings.problems_dir / "two-sum"),
            "python",
            TWO_SUM_WRONG,
            None,
        )
    )
    assert [c["passed"] for c in examples["results"]] == [c.passed for c in fake.results]
    assert examples["results"][1]["stdout"] == fake.results[1].stdout
    own = user.client.post("/api/run", json={**body, "inputs": [[[1, 4, 6], 10]]}).json()
    assert own["results"][0]["expected"] == [1, 2]  # the reference's answer
    assert own["results"][0]["status"] == "wrong_answer"
    program = "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n"
    ran = user.client.post(
        "/api/execute", json={"language": "python", "code": program, "stdin": "2 40"}
    ).json()
    assert (ran["status"], ran["stdout"], ran["exit_code"]) == ("accepted", "42\n", 0)
    assert user.client.get("/api/submissions").json()["total"] == 0
