"""Duels over a real WebSocket on a real server: the protocol of docs/api.md end to end."""

from __future__ import annotations

import asyncio
import json

from tests.server.conftest import TWO_SUM, TWO_SUM_WRONG
from tests.server.duels.conftest import matched, players

#: Passes no test of two-sum.
NOTHING = "class Solution:\n    def twoSum(self, nums, target):\n        return []\n"


def test_full_duel_won_by_a_correct_submission_after_a_wrong_one(duel_server):
    ann, bob = players(duel_server, 2)

    async def duel():
        found, found_b = await matched(ann, bob)
        duel_id = found["duel_id"]
        assert found["opponent"]["username"] == bob.username
        assert found_b["opponent"]["username"] == ann.username
        problem = found["problem"]
        assert problem["slug"] == "two-sum" and problem["difficulty"] == "easy"
        assert "def twoSum" in problem["starter_code"] and problem["time_limit_seconds"] == 60
        assert found["starts_at"] and found["language"] == "python"

        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM_WRONG)
        wrong = await ann.expect("code-result")
        assert wrong["status"] == "wrong_answer" and wrong["player"] == "self"
        assert wrong["passed_tests"] == 1 and wrong["total_tests"] == 12
        assert wrong["xp_earned"] == 0
        progress = await bob.expect("opponent-progress")
        assert progress == {
            "type": "opponent-progress",
            "duel_id": duel_id,
            "opponent": ann.username,
            "passed_tests": 1,
            "total_tests": 12,
            "status": "solving",
        }

        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM)
        right = await ann.expect("code-result")
        assert right["status"] == "accepted" and right["passed_tests"] == 12
        assert right["xp_earned"] == 100
        done_a = await ann.expect("duel-complete")
        progress = await bob.expect("opponent-progress")
        assert progress["status"] == "solved" and progress["passed_tests"] == 12
        done_b = await bob.expect("duel-complete")
        for done in (done_a, done_b):
            assert done["winner"] == ann.username and done["reason"] == "solved"
            assert done["player1"]["username"] in (ann.username, bob.username)
        assert done_a["xp_earned"] == 100 and done_b["xp_earned"] == 0
        mine = next(
            p for p in (done_a["player1"], done_a["player2"]) if p["username"] == ann.username
        )
        assert mine["passed_tests"] == 12 and mine["outcome"] == "win"
        assert mine["time_seconds"] is not None and mine["rating"] > 1000
        # the duel is over: submitting again is an error naming it, the socket stays open
        await bob.send(type="code-submit", duel_id=duel_id, code=TWO_SUM)
        error = await bob.expect("error")
        assert error["code"] == "NOT_FOUND" and duel_id in error["error"]
        await bob.send(type="ping")
        await bob.expect("pong")
        await ann.close()
        await bob.close()

    asyncio.run(duel())
    stats = ann.stats()
    assert stats["total_duels"] == 1 and stats["wins"] == 1 and stats["current_streak"] == 1
    assert stats["rating"] > 1000 and stats["rank"] is not None
    lost = bob.stats()
    assert lost["losses"] == 1 and lost["win_rate"] == 0.0 and lost["rating"] < 1000
    profile = ann.user.client.get("/api/profile").json()
    assert profile["xp_total"] == 100


def test_forfeit(duel_server):
    ann, bob = players(duel_server, 2)

    async def duel():
        found, _ = await matched(ann, bob, difficulty="easy")
        await ann.send(type="forfeit", duel_id=found["duel_id"])
        for player in (ann, bob):
            done = await player.expect("duel-complete")
            assert done["winner"] == bob.username and done["reason"] == "forfeit"
        await ann.close()
        await bob.close()

    asyncio.run(duel())
    assert (ann.stats()["losses"], bob.stats()["wins"]) == (1, 1)


def test_disconnect_and_resume(duel_server):
    ann, bob = players(duel_server, 2)

    async def duel():
        found, _ = await matched(ann, bob)
        duel_id = found["duel_id"]
        await ann.send(type="code-submit", duel_id=duel_id, code=TWO_SUM_WRONG)
        await ann.expect("code-result")
        await bob.expect("opponent-progress")
        await ann.close()
        await asyncio.sleep(0.5)  # within the 1.5 s to come back
        await ann.connect()
        state = await ann.expect("match-found")
        assert state["duel_id"] == duel_id and state["resumed"] is True
        assert state["self_progress"] == {"passed_tests": 1, "total_tests": 12, "status": "solving"}
        assert state["opponent_progress"]["status"] == "waiting"
        assert (
            state["problem"]["slug"] == "two-sum" and state["opponent"]["username"] == bob.username
        )
        await asyncio.sleep(1.5)  # past the first deadline: still in the duel
        await bob.send(type="code-submit", duel_id=duel_id, code=TWO_SUM)
        assert (await bob.expect("code-result"))["status"] == "accepted"
        assert (await ann.expect("opponent-progress"))["status"] == "solved"
        for player in (ann, bob):
            done = await player.expect("duel-complete")
            assert done["winner"] == bob.username and done["reason"] == "solved"
        await ann.close()
        await bob.close()

    asyncio.run(duel())
    assert bob.stats()["wins"] == 1


def test_disconnect_without_return(duel_server):
    ann, bob = players(duel_server, 2)

    async def duel():
        await matched(ann, bob)
        await ann.close()
        done = await bob.expect("duel-complete", timeout=10)
        assert done["winner"] == bob.username and done["reason"] == "disconnect"
        await bob.close()
        # coming back later: no unfinished duel, so only auth-ok
        await ann.connect()
        await ann.silent()
        await ann.close()

    asyncio.run(duel())
    assert ann.stats()["losses"] == 1 and bob.stats()["wins"] == 1


def test_chat_reaches_both_players_only(duel_server):
    ann, bob, eve, dan = players(duel_server, 4)

    async def chat():
        found, _ = await matched(ann, bob)
        duel_id = found["duel_id"]
        await eve.connect()
        await ann.send(type="send-message", duel_id=duel_id, message="Good luck!")
        for player in (ann, bob):
            got = await player.expect("receive-message")
            assert got["from"] == ann.username and got["message"] == "Good luck!"
            assert got["duel_id"] == duel_id and got["timestamp"].endswith("Z")
        await eve.send(type="send-message", duel_id=duel_id, message="hi")
        error = await eve.expect("error")
        assert error["code"] == "NOT_FOUND" and error["message_type"] == "send-message"
        await bob.send(type="send-message", duel_id=duel_id, message="x" * 501)
        error = await bob.expect("error")
        assert error["code"] == "INVALID_INPUT" and "500" in error["error"]
        await bob.send(type="send-message", duel_id=duel_id, message="y" * 500)
        assert len((await ann.expect("receive-message"))["message"]) == 500
        assert len((await bob.expect("receive-message"))["message"]) == 500
        await eve.silent()
        await ann.send(type="forfeit", duel_id=duel_id)
        await ann.expect("duel-complete")
        await bob.expect("duel-complete")
        for player in (ann, bob, eve):
            await player.close()
        # a fourth player queued alone gets queued, then leaves: nothing else arrives
        await dan.connect()
        await dan.send(type="join-queue", difficulty="advanced", language="python")
        error = await dan.expect("error")  # no hard problem in this problem set
        assert error["code"] == "NOT_FOUND" and "hard" in error["error"]
        await dan.send(type="join-queue", difficulty="easy", language="py")
        queued = await dan.expect("queued")
        assert queued["difficulty"] == "easy" and queued["language"] == "python"
        await dan.send(type="leave-queue")
        assert (await dan.expect("left-queue"))["was_queued"] is True
        await dan.send(type="leave-queue")  # acknowledged even when not queued
        assert (await dan.expect("left-queue"))["was_queued"] is False
        await dan.send(type="ping")
        await dan.expect("pong")
        await dan.close()

    asyncio.run(chat())


def test_malformed_frames_get_errors_and_the_socket_stays_open(duel_server):
    ann, bob = players(duel_server, 2)

    async def frames():
        found, _ = await matched(ann, bob)
        duel_id = found["duel_id"]
        assert ann.ws is not None
        cases = [
            ("not json", None, "not valid JSON"),
            ("[1, 2]", None, "JSON objects"),
            ('{"duel_id": "x"}', None, '"type"'),
            ('{"type": 7}', None, '"type"'),
            ('{"type": "dance"}', "dance", "Unknown message type 'dance'"),
            (json.dumps({"type": "code-submit", "duel_id": duel_id}), "code-submit", "`code`"),
            ('{"type": "forfeit"}', "forfeit", "`duel_id`"),
            (json.dumps({"type": "send-message", "duel_id": duel_id}), "send-message", "`message`"),
            ('{"type": "join-queue", "language": "python"}', "join-queue", "`difficulty`"),
            ('{"type": "forfeit", "duel_id": 12}', "forfeit", "Expected `str`"),
            (
                '{"type": "join-queue", "difficulty": "epic", "language": "python"}',
                "join-queue",
                "Unknown difficulty 'epic'",
            ),
            (
                '{"type": "join-queue", "difficulty": "easy", "language": "cobol"}',
                "join-queue",
                "Unknown language 'cobol'",
            ),
            ('{"type": "forfeit", "duel_id": "no-such-duel"}', "forfeit", "no-such-duel"),
            (
                json.dumps({"type": "code-submit", "duel_id": duel_id, "code": "  "}),
                "code-submit",
                "Code is required",
            ),
            (
                json.dumps({"type": "send-message", "duel_id": duel_id, "message": " "}),
                "send-message",
                "empty",
            ),
            ('{"type": "auth", "token": "again"}', "auth", "Already authenticated"),
            (
                '{"type": "join-queue", "difficulty": "easy", "language": "python"}',
                "join-queue",
                duel_id,
            ),
        ]
        for raw, kind, words in cases:
            await ann.ws.send(raw)
            error = await ann.expect("error")
            assert words in error["error"], (raw, error)
            assert error["message_type"] == kind, (raw, error)
            assert error["status"] in (400, 404, 409) and error["code"], error
        await ann.ws.send(b'{"type": "ping"}')  # a binary frame holding JSON is read too
        await ann.expect("pong")
        await bob.silent()
        await ann.send(type="forfeit", duel_id=duel_id)
        await ann.expect("duel-complete")
        await bob.expect("duel-complete")
        await ann.close()
        await bob.close()

    asyncio.run(frames())


def test_authentication_comes_first(duel_server):
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    (ann,) = players(duel_server, 1)

    async def refused(first: str) -> dict:
        async with connect(duel_server.ws_url) as ws:
            await ws.send(first)
            error = json.loads(await asyncio.wait_for(ws.recv(), 10))
            try:
                await asyncio.wait_for(ws.recv(), 10)
                raise AssertionError("the socket stayed open")
            except ConnectionClosed:
                assert ws.close_code == 4401
            return error

    async def auth():
        for first in (
            '{"type": "auth", "token": "not-a-jwt"}',
            '{"type": "ping"}',
            "garbage",
            '{"type": "auth"}',
        ):
            error = await refused(first)
            assert error["type"] == "error" and error["code"] == "UNAUTHORIZED", error
            assert error["status"] == 401 and error["error"]
        # logged out tokens are refused too
        ann.user.client.post("/api/auth/logout")
        error = await refused(json.dumps({"type": "auth", "token": ann.user.token}))
        assert "logged out" in error["error"]

    asyncio.run(auth())


def test_the_problem_is_one_neither_player_solved(duel_server):
    from pyscape_server.db import Database
    from pyscape_server.db import duels as queries

    ann, bob = players(duel_server, 2)
    assert ann.user.submit().json()["status"] == "accepted"

    async def choices() -> list[tuple[list[str], list[str]]]:
        db = Database(duel_server.settings.database_location, readers=1)
        await db.connect()
        try:
            async with db.read() as conn:
                return [
                    await queries.duel_problems(
                        conn, difficulty="easy", language="python", user_ids=ids
                    )
                    for ids in ([ann.user.id, bob.user.id], [bob.user.id], [bob.user.id] * 2)
                ]
        finally:
            await db.close()

    (solved, every), (fresh, _), (fresh_too, _) = asyncio.run(choices())
    assert solved == [] and len(every) == 1  # two-sum only: the fallback when all are solved
    assert fresh == fresh_too == every
