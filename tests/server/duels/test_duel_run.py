"""``code-run`` in a duel: ``run-result`` to its author only; the duel does not change."""

from __future__ import annotations

import asyncio

from tests.server.conftest import TWO_SUM, TWO_SUM_WRONG
from tests.server.duels.conftest import matched, players


def test_a_run_answers_its_author_only_and_changes_nothing(duel_server):
    ann, bob = players(duel_server, 2)

    async def duel():
        found, _ = await matched(ann, bob)
        duel_id = found["duel_id"]
        await ann.send(type="code-run", duel_id=duel_id, code=TWO_SUM_WRONG)
        examples = await ann.expect("run-result")
        assert examples["duel_id"] == duel_id and examples["status"] == "wrong_answer"
        assert [c["passed"] for c in examples["results"]] == [True, False, True]
        assert examples["results"][1]["stdout"] == "Debug: checking 3\n"
        assert examples["compile_error"] is None
        await ann.send(type="code-run", duel_id=duel_id, code=TWO_SUM, inputs=[[[1, 4], 5]])
        own = await ann.expect("run-result")
        assert own["status"] == "accepted" and own["results"][0]["input"] == [[1, 4], 5]
        await bob.silent()  # no opponent-progress: a run is not a submission

        await ann.send(type="code-run", duel_id=duel_id, code=TWO_SUM, inputs=[[[1, 4], "5"]])
        error = await ann.expect("error")
        assert error["message_type"] == "code-run" and error["code"] == "INVALID_INPUT"
        assert "input 1: argument `target`" in error["error"]
        await ann.send(type="code-run", duel_id="no-such-duel", code=TWO_SUM)
        assert (await ann.expect("error"))["code"] == "NOT_FOUND"

        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM_WRONG)
        result = await ann.expect("code-result")
        assert result["passed_tests"] == 1  # the runs left the duel as it was
        assert (await bob.expect("opponent-progress"))["passed_tests"] == 1
        await ann.send(type="forfeit", duel_id=duel_id)
        await ann.expect("duel-complete")
        await bob.expect("duel-complete")
        await ann.close()
        await bob.close()

    asyncio.run(duel())
    assert duel_server.scripted.runs[-1].inputs == [[[1, 4], 5]]
