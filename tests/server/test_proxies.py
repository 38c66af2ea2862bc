"""The client's address behind proxies: only listed proxies are believed, and of
X-Forwarded-For only what the last trusted proxy appended counts (proxies.py)."""

from __future__ import annotations

from tests.server.conftest import assert_basic_error


def statuses(client, forwarded: list[str]) -> list[int]:
    return [
        client.get("/health", headers={"X-Forwarded-For": value}).status_code for value in forwarded
    ]


def test_without_trusted_proxies_the_header_is_ignored(make_server):
    live = make_server(rate_limit_ip=3)
    with live.client() as client:
        seen = statuses(client, [f"10.0.0.{n}" for n in range(4)])
        assert seen == [200, 200, 200, 429]  # one client, whatever it claims
        assert_basic_error(client.get("/health"), 429, "RATE_LIMITED")


def test_the_address_the_trusted_proxy_appended_is_the_client(make_server):
    live = make_server(rate_limit_ip=2, trusted_proxies=("127.0.0.0/8",))
    with live.client() as client:
        # a client writing addresses of its own: the proxy appended 203.0.113.7 after them
        spoofed = [f"198.51.100.{n}, 203.0.113.7" for n in range(3)]
        assert statuses(client, spoofed) == [200, 200, 429]
        # other clients behind the proxy have quotas of their own
        assert statuses(client, ["203.0.113.8", "203.0.113.9"]) == [200, 200]
        # trusted hops on the right are skipped
        assert statuses(client, ["203.0.113.10, 127.0.0.5"] * 3) == [200, 200, 429]
