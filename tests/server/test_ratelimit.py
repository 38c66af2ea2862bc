"""Rate limits: X-RateLimit-* on every response, per user and per IP, 429 with Retry-After."""

from __future__ import annotations

import time

from pyscape_server.ratelimit import RateLimiter
from tests.server.conftest import assert_basic_error, assert_submissions_error, sign_up

HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")


def quota(response):
    return tuple(int(response.headers[h]) for h in HEADERS)


def test_every_response_carries_the_headers(server, new_user, api):
    user = new_user()
    responses = [
        api.get("/health"),
        api.get("/schema/openapi.json"),
        api.get("/api/profile"),  # 401
        api.get("/api/nowhere"),  # 404
        api.delete("/api/problems"),  # 405
        user.client.get("/api/profile"),
        user.client.get("/api/problems", params={"limit": 0}),  # 400
        user.client.post("/api/submit", json={}),  # 422
        api.options("/api/problems", headers={"Origin": "http://x"}),
    ]
    now = time.time()
    for response in responses:
        limit, remaining, reset = quota(response)
        assert limit == 1_000_000 and 0 <= remaining < limit, response.request.url
        assert now - 5 < reset <= now + 3600 + 5


def test_ip_limit_then_429_with_retry_after(make_server):
    live = make_server(rate_limit_ip=5, rate_limit_ip_window=60)
    with live.client() as client:
        seen = [quota(client.get("/health")) for _ in range(5)]
        assert [s[1] for s in seen] == [4, 3, 2, 1, 0]
        assert {s[0] for s in seen} == {5}
        refused = client.get("/api/problems")
        error = assert_basic_error(refused, 429, "RATE_LIMITED")
        assert "try again" in error["error"]
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert quota(refused)[:2] == (5, 0)
        family = client.post("/api/submit", json={})
        assert_submissions_error(family, 429, "RATE_LIMITED")
        assert "retry-after" in family.headers


def test_the_tighter_limit_is_shown_and_the_user_limit_applies(make_server):
    live = make_server(rate_limit_ip=50, rate_limit_user=3, rate_limit_user_window=3600)
    user = sign_up(live)  # 1 IP request
    first = user.client.get("/api/profile")
    assert quota(first)[:2] == (3, 2)  # the user's window is tighter than the IP's 48 left
    user.client.get("/api/profile")
    user.client.get("/api/profile")
    refused = user.client.get("/api/profile")
    assert_basic_error(refused, 429, "RATE_LIMITED")
    assert quota(refused)[:2] == (3, 0)
    assert 3500 < int(refused.headers["retry-after"]) <= 3600
    with live.client() as anonymous:  # the IP still has room
        assert anonymous.get("/health").status_code == 200
        assert quota(anonymous.get("/health"))[0] == 50
    user.client.close()


def test_a_window_resets():
    now = [1000.0]
    limiter = RateLimiter(
        user_limit=10, user_window=60, ip_limit=2, ip_window=10, clock=lambda: now[0]
    )
    assert not limiter.hit("1.2.3.4", None).exceeded
    assert not limiter.hit("1.2.3.4", None).exceeded
    blocked = limiter.hit("1.2.3.4", None)
    assert blocked.exceeded and blocked.reset == 1010
    assert not limiter.hit("5.6.7.8", None).exceeded  # another IP
    now[0] = 1010.5
    fresh = limiter.hit("1.2.3.4", None)
    assert not fresh.exceeded and fresh.remaining == 1 and fresh.reset == 1021
