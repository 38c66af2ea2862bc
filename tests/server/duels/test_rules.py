"""The duel rules without sockets: matchmaking, the time-limit decision, ratings, frames."""

from __future__ import annotations

import pytest

from pyscape_server.db.duels import Rating
from pyscape_server.duels import messages, ratings
from pyscape_server.duels.matchmaking import Entry, Matchmaker
from pyscape_server.duels.results import Best, winner_on_time
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.settings import SettingsError


def entry(user: str, rating: float, joined: float = 0.0, **kw: str) -> Entry:
    values = {"difficulty": "easy", "language": "python", **kw}
    return Entry(user_id=user, rating=rating, joined=joined, **values)


def test_nearest_rating_first_same_language_and_difficulty():
    queue = Matchmaker(gap=100, gap_per_second=10)
    queue.add(entry("a", 1000))
    queue.add(entry("b", 1090, joined=1))
    queue.add(entry("c", 1020, joined=2))
    queue.add(entry("d", 1000, joined=3, language="cpp"))
    queue.add(entry("e", 1000, joined=4, difficulty="medium"))
    pairs = queue.pairs(now=4)
    assert [(a.user_id, b.user_id) for a, b in pairs] == [("a", "c")]
    assert "b" in queue and "a" not in queue and len(queue) == 3


def test_the_allowed_gap_widens_with_waiting():
    queue = Matchmaker(gap=100, gap_per_second=10)
    queue.add(entry("a", 1000, joined=0))
    queue.add(entry("b", 1300, joined=0))
    assert queue.pairs(now=10) == []  # allowed 200
    [(a, b)] = queue.pairs(now=20)  # allowed 300
    assert {a.user_id, b.user_id} == {"a", "b"}


def test_joining_again_replaces_and_leaving_removes():
    queue = Matchmaker(gap=100, gap_per_second=0)
    queue.add(entry("a", 1000))
    queue.add(entry("a", 1000, language="java"))
    queue.add(entry("b", 1000))
    assert queue.pairs(now=1) == []
    assert queue.remove("a") and not queue.remove("a")


def test_winner_on_time():
    def best(passed: int, at: float | None) -> Best:
        return Best(user_id="x", passed_tests=passed, total_tests=5, time_seconds=at)

    assert winner_on_time(best(3, 50), best(2, 10)) == 0
    assert winner_on_time(best(2, 10), best(3, 50)) == 1
    assert winner_on_time(best(3, 40), best(3, 50)) == 0
    assert winner_on_time(best(3, 60), best(3, 50)) == 1
    assert winner_on_time(best(3, 50), best(3, 50)) is None
    assert winner_on_time(best(0, None), best(0, None)) is None


def test_ratings():
    start = ratings.default()
    assert ratings.display(start) == ratings.display(None) == 1000
    won, lost = ratings.rate(start, start, "win")
    assert ratings.display(won) > 1000 > ratings.display(lost)
    assert won.sigma < start.sigma
    a, b = ratings.rate(start, start, "draw")
    assert ratings.display(a) == ratings.display(b) == 1000
    upset, _ = ratings.rate(Rating(mu=20, sigma=3), Rating(mu=30, sigma=3), "win")
    expected, _ = ratings.rate(Rating(mu=30, sigma=3), Rating(mu=20, sigma=3), "win")
    assert upset.mu - 20 > expected.mu - 30


def test_settings_from_env():
    settings = DuelSettings.from_env(
        {"PYSCAPE_DUEL_TIME_LIMIT_SECONDS": "60", "PYSCAPE_DUEL_RECONNECT_SECONDS": "5"}
    )
    assert settings.time_limit_seconds == 60 and settings.reconnect_seconds == 5
    assert DuelSettings.from_env({}).time_limit_seconds == 900
    with pytest.raises(SettingsError, match="TIME_LIMIT"):
        DuelSettings.from_env({"PYSCAPE_DUEL_TIME_LIMIT_SECONDS": "0"})
    with pytest.raises(SettingsError):
        DuelSettings.from_env({"PYSCAPE_DUEL_RECONNECT_SECONDS": "soon"})


def test_frames():
    assert messages.parse('{"type": "ping", "extra": 1}') == messages.Ping()
    join = messages.parse(b'{"type": "join-queue", "difficulty": "easy", "language": "py"}')
    assert join == messages.JoinQueue(difficulty="easy", language="py")
    with pytest.raises(messages.BadFrame, match="missing field `token`") as e:
        messages.parse('{"type": "auth"}')
    assert e.value.kind == "auth"
    text = messages.encode(
        messages.ReceiveMessage(duel_id="d", sender="ann", message="hi", timestamp="t")
    )
    assert (
        text
        == '{"type":"receive-message","duel_id":"d","from":"ann","message":"hi","timestamp":"t"}'
    )
