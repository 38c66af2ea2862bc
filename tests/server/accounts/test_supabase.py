"""Supabase access tokens: accepted when PYSCAPE_SUPABASE_JWT_SECRET is set, refused when not."""

from __future__ import annotations

import time
import uuid

import jwt

from pyscape_server.clock import FixedClock
from tests.server.conftest import assert_basic_error, assert_submissions_error

SUPABASE_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long"


def supabase_token(clock: FixedClock | None = None, **claims) -> str:
    now = int(clock.now().timestamp()) if clock else int(time.time())
    body = {
        "iss": "https://abcdefgh.supabase.co/auth/v1",
        "sub": str(uuid.uuid4()),
        "aud": "authenticated",
        "exp": now + 3600,
        "iat": now,
        "email": "grace@example.com",
        "phone": "",
        "app_metadata": {"provider": "email", "providers": ["email"]},
        "user_metadata": {"username": "grace_h"},
        "role": "authenticated",
        "aal": "aal1",
        "session_id": str(uuid.uuid4()),
        "is_anonymous": False,
    }
    body.update(claims)
    return jwt.encode(body, SUPABASE_SECRET, algorithm="HS256")


def test_supabase_tokens_are_accepted_when_configured(make_server):
    clock = FixedClock()
    live = make_server(clock=clock, supabase_jwt_secret=SUPABASE_SECRET)
    token = supabase_token(clock)
    sub = jwt.decode(token, options={"verify_signature": False})["sub"]
    with live.client(token) as client:
        profile = client.get("/api/profile")
        assert profile.status_code == 200, profile.text
        assert profile.json()["id"] == sub
        assert profile.json()["username"] == "grace_h"
        assert profile.json()["email"] == "grace@example.com"
        assert client.get("/api/profile").json()["id"] == sub  # the row is made once
        assert client.get("/api/problems").status_code == 200

        # another Supabase user wanting the same username gets a free one
        other = supabase_token(clock, email="grace@elsewhere.org")
        second = client.get("/api/profile", headers={"Authorization": f"Bearer {other}"}).json()
        assert second["username"] != "grace_h" and second["username"].startswith("grace")

        assert client.post("/api/auth/logout").status_code == 200
        assert_basic_error(client.get("/api/profile"), 401, "UNAUTHORIZED")
        assert_submissions_error(
            client.post("/api/submit", json={"problem_slug": "two-sum", "code": "x"}),
            401,
            "AUTHENTICATION_REQUIRED",
        )

    wrong_audience = supabase_token(clock, aud="anon")
    with live.client(wrong_audience) as client:
        error = assert_basic_error(client.get("/api/profile"), 401, "UNAUTHORIZED")
        assert "audience" in error["error"]
    expired = supabase_token(clock, exp=int(clock.now().timestamp()) - 120)
    with live.client(expired) as client:
        assert (
            "expired"
            in assert_basic_error(client.get("/api/profile"), 401, "UNAUTHORIZED")["error"]
        )


def test_supabase_tokens_are_refused_when_not_configured(server, clock):
    with server.client(supabase_token(clock)) as client:
        error = assert_basic_error(client.get("/api/profile"), 401, "UNAUTHORIZED")
        assert "not signed by this server" in error["error"]
