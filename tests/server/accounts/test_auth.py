"""Signup, login, logout (seed 000's flows) and every auth error."""

from __future__ import annotations

from pyscape_server.clock import FixedClock
from tests.server.conftest import PASSWORD, assert_basic_error, sign_up
from tests.server.db.databases import query


def test_signup_then_login_then_logout_revokes_the_token(server, api):
    signup = api.post(
        "/api/auth/signup",
        json={"email": "Ada@Example.com", "password": PASSWORD, "username": "ada_dev"},
    )
    assert signup.status_code == 201, signup.text
    body = signup.json()
    assert body["user"]["email"] == "ada@example.com"
    assert body["user"]["username"] == "ada_dev"
    assert body["session"]["access_token"]
    assert body["session"]["token_type"] == "bearer"

    login = api.post("/api/auth/login", json={"email": "ada@example.com", "password": PASSWORD})
    assert login.status_code == 200, login.text
    assert login.json()["user"] == body["user"]
    token = login.json()["session"]["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert api.get("/api/profile", headers=headers).status_code == 200

    logout = api.post("/api/auth/logout", headers=headers)
    assert logout.status_code == 200
    assert logout.json() == {"message": "Logout successful"}
    refused = api.get("/api/profile", headers=headers)
    assert_basic_error(refused, 401, "UNAUTHORIZED")
    assert "logged out" in refused.json()["error"]
    # the signup's session is another one, still valid
    other = {"Authorization": f"Bearer {body['session']['access_token']}"}
    assert api.get("/api/profile", headers=other).status_code == 200


def test_tokens_are_shaped_like_supabase_ones(server, new_user):
    import jwt

    user = new_user()
    claims = jwt.decode(user.token, options={"verify_signature": False})
    assert claims["sub"] == user.id
    assert claims["email"] == user.email
    assert claims["aud"] == "authenticated" and claims["role"] == "authenticated"
    assert {"exp", "iat", "session_id"} <= set(claims)
    assert jwt.get_unverified_header(user.token)["alg"] == "HS256"


def test_passwords_are_stored_only_as_scrypt_hashes(server, new_user):
    user = new_user()
    (row,) = query(
        server.settings.database_location,
        "SELECT password_hash FROM users WHERE id = :id",
        {"id": user.id},
    )
    stored = row["password_hash"]
    assert stored.startswith("scrypt$") and PASSWORD not in stored


def test_wrong_email_and_wrong_password_get_the_same_401(server, api, new_user):
    user = new_user()
    wrong_password = api.post("/api/auth/login", json={"email": user.email, "password": "nope1234"})
    unknown = api.post("/api/auth/login", json={"email": "ghost@example.com", "password": PASSWORD})
    first = assert_basic_error(wrong_password, 401, "UNAUTHORIZED")
    second = assert_basic_error(unknown, 401, "UNAUTHORIZED")
    assert first["error"] == second["error"] == "Invalid email or password"


def test_signup_conflicts(server, api, new_user):
    user = new_user()
    same_email = api.post(
        "/api/auth/signup",
        json={"email": user.email.upper(), "password": PASSWORD, "username": "someone_new"},
    )
    assert "email" in assert_basic_error(same_email, 409, "CONFLICT")["error"]
    same_name = api.post(
        "/api/auth/signup",
        json={"email": "x_" + user.email, "password": PASSWORD, "username": user.username.upper()},
    )
    assert "username" in assert_basic_error(same_name, 409, "CONFLICT")["error"]


def test_signup_validation(server, api):
    cases = [
        ({"email": "a@example.com", "password": "short", "username": "abc"}, "password"),
        ({"email": "a@example.com", "password": PASSWORD, "username": "ab"}, "username"),
        ({"email": "a@example.com", "password": PASSWORD, "username": "bad name!"}, "username"),
        ({"email": "a@example.com", "password": PASSWORD, "username": "x" * 33}, "username"),
        ({"email": "not-an-email", "password": PASSWORD, "username": "abcd"}, "email"),
        ({"email": "a@example.com", "username": "abcd"}, "Password is required"),
    ]
    for body, needle in cases:
        response = api.post("/api/auth/signup", json=body)
        error = assert_basic_error(response, 400, "INVALID_INPUT")
        assert needle in error["error"], (body, error)
    malformed = api.post(
        "/api/auth/signup", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert "not valid JSON" in assert_basic_error(malformed, 400, "INVALID_INPUT")["error"]


def test_missing_malformed_and_foreign_tokens_get_401(server, api):
    assert_basic_error(api.get("/api/profile"), 401, "UNAUTHORIZED")
    response = api.get("/api/profile", headers={"Authorization": "Bearer not.a.jwt"})
    assert_basic_error(response, 401, "UNAUTHORIZED")
    assert response.headers["www-authenticate"] == "Bearer"
    response = api.get("/api/profile", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert_basic_error(response, 401, "UNAUTHORIZED")
    import jwt

    forged = jwt.encode(
        {"sub": "x", "aud": "authenticated", "exp": 9999999999, "session_id": "s"},
        "another-secret-of-at-least-32-bytes!",
        algorithm="HS256",
    )
    response = api.get("/api/profile", headers={"Authorization": f"Bearer {forged}"})
    assert "not signed by this server" in assert_basic_error(response, 401, "UNAUTHORIZED")["error"]


def test_expired_tokens_get_401(make_server):
    clock = FixedClock()
    live = make_server(clock=clock, jwt_ttl_seconds=60)
    user = sign_up(live)
    assert user.client.get("/api/profile").status_code == 200
    clock.advance(seconds=61)
    response = user.client.get("/api/profile")
    assert "expired" in assert_basic_error(response, 401, "UNAUTHORIZED")["error"]
    user.client.close()


def test_the_jwt_secret_is_generated_once_and_kept_next_to_the_database(make_server):
    live = make_server()
    secret_file = live.settings.database.with_name("pyscape.db.jwt-secret")
    assert secret_file.is_file()
    assert secret_file.stat().st_mode & 0o777 == 0o600
    assert len(secret_file.read_text().strip()) >= 32
