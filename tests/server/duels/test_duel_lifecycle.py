"""Duels that end on the clock, many duels at once, and a server restart mid-duel."""

from __future__ import annotations

import asyncio
import time

from tests.server.conftest import TWO_SUM, TWO_SUM_WRONG
from tests.server.duels.conftest import Player, matched, players
from tests.server.duels.test_duel_socket import NOTHING

#: Long enough for the six players to be matched and submit (well under a second here).
TIME_LIMIT = 3


def test_time_limit_winner_tie_break_and_draw(make_duel_server):
    live = make_duel_server(time_limit_seconds=TIME_LIMIT)
    ann, bob, cat, dan, eve, fay = players(live, 6)

    async def submit(player: Player, other: Player, duel_id: str, code: str, passed: int) -> None:
        await player.send(type="code-submit", duel_id=duel_id, code=code)
        result = await player.expect("code-result")
        assert result["passed_tests"] == passed, result
        assert (await other.expect("opponent-progress"))["passed_tests"] == passed

    async def duels():
        first, _ = await matched(ann, bob)
        second, _ = await matched(cat, dan)
        third, _ = await matched(eve, fay)
        # ann passes one test, bob none: ann wins on tests passed
        await submit(ann, bob, first["duel_id"], TWO_SUM_WRONG, 1)
        await submit(bob, ann, first["duel_id"], NOTHING, 0)
        # cat and dan pass one test each: cat's came first
        await submit(cat, dan, second["duel_id"], TWO_SUM_WRONG, 1)
        await submit(dan, cat, second["duel_id"], TWO_SUM_WRONG, 1)
        # eve and fay pass nothing: a draw
        await submit(eve, fay, third["duel_id"], NOTHING, 0)
        started = time.monotonic()
        done = {}
        for player in (ann, bob, cat, dan, eve, fay):
            frame = await player.expect("duel-complete", timeout=TIME_LIMIT + 10)
            done[player.username] = frame
            assert frame["reason"] == "time_limit", frame
        assert time.monotonic() - started < TIME_LIMIT + 2
        assert done[ann.username]["winner"] == ann.username
        assert done[bob.username]["winner"] == ann.username
        assert done[cat.username]["winner"] == cat.username
        summary = done[dan.username]
        times = {p["username"]: p["time_seconds"] for p in (summary["player1"], summary["player2"])}
        assert all(isinstance(t, int) for t in times.values()), times  # whole seconds (seed 000)
        assert times[cat.username] <= times[dan.username]
        assert done[eve.username]["winner"] is None and done[fay.username]["winner"] is None
        assert done[eve.username]["xp_earned"] == 0
        for player in (ann, bob, cat, dan, eve, fay):
            await player.close()

    asyncio.run(duels())
    assert ann.stats()["wins"] == 1 and bob.stats()["losses"] == 1
    assert cat.stats()["wins"] == 1 and dan.stats()["losses"] == 1
    for player in (eve, fay):
        stats = player.stats()
        assert (stats["total_duels"], stats["draws"], stats["wins"]) == (1, 1, 0)
        assert stats["rating"] == 1000


def test_twenty_duels_at_once(duel_server):
    count = 20
    crowd = players(duel_server, 2 * count)

    async def duel(a: Player, b: Player, found: dict) -> None:
        await a.send(type="code-submit", duel_id=found["duel_id"], code=TWO_SUM)
        assert (await a.expect("code-result"))["status"] == "accepted"
        assert (await b.expect("opponent-progress"))["status"] == "solved"
        for player in (a, b):
            done = await player.expect("duel-complete")
            assert done["winner"] == a.username and done["reason"] == "solved"

    async def crowd_duels() -> None:
        await asyncio.gather(*(p.connect() for p in crowd))
        for player in crowd:
            await player.send(type="join-queue", difficulty="beginner", language="python")
        await asyncio.gather(*(p.expect("queued") for p in crowd))
        found = await asyncio.gather(*(p.expect("match-found") for p in crowd))
        by_name = {p.username: p for p in crowd}
        pairs = {}
        for player, frame in zip(crowd, found, strict=True):
            pairs.setdefault(frame["duel_id"], []).append((player, frame))
        assert len(pairs) == count
        for seats in pairs.values():
            assert {seats[0][1]["opponent"]["username"], seats[1][1]["opponent"]["username"]} == {
                seats[0][0].username,
                seats[1][0].username,
            }
        await asyncio.gather(*(duel(s[0][0], s[1][0], s[0][1]) for s in pairs.values()))
        await asyncio.gather(*(p.close() for p in by_name.values()))

    started = time.monotonic()
    asyncio.run(asyncio.wait_for(crowd_duels(), 120))
    elapsed = time.monotonic() - started
    stats = [p.stats() for p in crowd]
    assert all(s["total_duels"] == 1 for s in stats)
    assert sum(s["wins"] for s in stats) == count and sum(s["losses"] for s in stats) == count
    assert all(s["rank"] is not None for s in stats)
    board = crowd[0].user.client.get("/api/leaderboard", params={"limit": 100}).json()
    mine = {e["username"]: e for e in board["leaderboard"]}
    for player, s in zip(crowd, stats, strict=True):
        if player.username in mine:
            assert mine[player.username]["wins"] == s["wins"]
            assert mine[player.username]["rating"] == s["rating"]
            assert mine[player.username]["rank"] == s["rank"]
    print(f"{count} duels at once: {elapsed:.1f} s")


def test_restart_settles_or_voids_unfinished_duels(make_duel_server, tmp_path):
    folder = tmp_path / "restarted"
    live = make_duel_server(folder, reconnect_seconds=60)
    ann, bob, cat, dan = players(live, 4)

    async def before_restart() -> tuple[str, str]:
        played, _ = await matched(ann, bob)
        idle, _ = await matched(cat, dan)
        await ann.send(type="code-submit", duel_id=played["duel_id"], code=TWO_SUM_WRONG)
        assert (await ann.expect("code-result"))["passed_tests"] == 1
        return played["duel_id"], idle["duel_id"]

    asyncio.run(before_restart())
    live.stop()
    again = make_duel_server(folder)

    def stats(player: Player) -> dict:
        with again.client(player.user.token) as client:
            return client.get("/api/duels/stats").json()

    # ann passed a test and bob none: settled on tests passed; cat and dan's duel is void
    assert (stats(ann)["wins"], stats(bob)["losses"]) == (1, 1)
    assert stats(cat)["total_duels"] == 0 and stats(dan)["total_duels"] == 0

    async def after_restart() -> None:
        for player in (ann, cat):
            player.live = again
            await player.connect()
            await player.silent()  # no unfinished duel any more
            await player.send(type="join-queue", difficulty="easy", language="python")
            await player.expect("queued")
        await ann.expect("match-found")
        await cat.expect("match-found")
        await ann.close()
        await cat.close()

    asyncio.run(after_restart())
