"""GET, PUT and PATCH /api/profile: XP, level, and the fields a user may change."""

from __future__ import annotations

from tests.server.conftest import TWO_SUM, assert_basic_error


def test_profile_shows_xp_and_level(server, new_user):
    user = new_user()
    profile = user.client.get("/api/profile").json()
    assert profile == {
        "id": user.id,
        "username": user.username,
        "email": user.email,
        "xp_total": 0,
        "level": 1,
        "next_level_xp": 500,
        "avatar_url": None,
        "interests": [],
        "created_at": profile["created_at"],
    }
    assert profile["created_at"].endswith("Z")
    user.submit(TWO_SUM)
    assert user.client.get("/api/profile").json()["xp_total"] == 100


def test_update_with_put_and_patch(server, new_user):
    user = new_user()
    name = user.username + "_pro"
    put = user.client.put(
        "/api/profile",
        json={"username": name, "avatar_url": "https://example.com/a.png", "interests": ["ML"]},
    )
    assert put.status_code == 200, put.text
    assert put.json()["username"] == name
    assert put.json()["avatar_url"] == "https://example.com/a.png"
    assert put.json()["interests"] == ["ML"]
    patched = user.client.patch("/api/profile", json={"interests": ["Python", "Python", " Go "]})
    assert patched.json()["interests"] == ["Python", "Go"]
    assert patched.json()["username"] == name  # untouched
    cleared = user.client.patch("/api/profile", json={"avatar_url": None}).json()
    assert cleared["avatar_url"] is None and cleared["interests"] == ["Python", "Go"]
    assert user.client.get("/api/profile").json()["username"] == name


def test_update_errors(server, new_user, api):
    user, other = new_user(), new_user()
    taken = user.client.put("/api/profile", json={"username": other.username.upper()})
    assert_basic_error(taken, 409, "CONFLICT")
    # one's own name in another case is fine
    own = user.client.put("/api/profile", json={"username": user.username.upper()})
    assert own.status_code == 200
    bad_name = user.client.put("/api/profile", json={"username": "no spaces"})
    assert "username" in assert_basic_error(bad_name, 400, "INVALID_INPUT")["error"]
    bad_url = user.client.put("/api/profile", json={"avatar_url": "javascript:alert(1)"})
    assert "avatar_url" in assert_basic_error(bad_url, 400, "INVALID_INPUT")["error"]
    too_many = user.client.patch("/api/profile", json={"interests": ["x"] * 21})
    assert_basic_error(too_many, 400, "INVALID_INPUT")
    assert_basic_error(api.put("/api/profile", json={}), 401, "UNAUTHORIZED")
