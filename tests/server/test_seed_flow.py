"""The seed documents' example flow, end to end, as pyscape_server/README.md's curl session:
signup, login, list, submit two-sum, rate good twice (3 then 8 days), history."""

from __future__ import annotations

from datetime import date

from tests.server.conftest import PASSWORD, TWO_SUM


def test_the_seed_flow(server, api, clock):
    clock.set(date(2024, 1, 7))
    signup = api.post(
        "/api/auth/signup",
        json={"email": "john@example.com", "password": PASSWORD, "username": "john_dev"},
    )
    assert signup.status_code == 201
    assert set(signup.json()["user"]) == {"id", "email", "username"}

    login = api.post("/api/auth/login", json={"email": "john@example.com", "password": PASSWORD})
    token = login.json()["session"]["access_token"]
    auth = {"Authorization": f"Bearer {token}"}

    listing = api.get("/api/problems", params={"difficulty": "easy", "limit": 2}, headers=auth)
    assert listing.json()["total"] >= 2 and len(listing.json()["problems"]) == 2
    problem = api.get("/api/problems/two-sum", headers=auth).json()

    submit = {"problem_slug": "two-sum", "language": "python", "code": TWO_SUM}
    first = api.post("/api/submit", json=submit, headers=auth).json()
    assert first["success"] and first["xp_earned"] == 100 and first["times_solved"] == 1
    rated = api.post(
        "/api/rate-submission",
        json={"submission_id": first["submission_id"], "rating": "good"},
        headers=auth,
    ).json()
    assert rated["progress"]["interval_days"] == 3
    assert rated["progress"]["next_review_date"] == "2024-01-10"

    second = api.post("/api/submit", json=submit, headers=auth).json()
    rated = api.post(
        "/api/rate-submission",
        json={"submission_id": second["submission_id"], "rating": "good"},
        headers=auth,
    ).json()
    assert rated["progress"] == {
        "problem_id": problem["id"],
        "times_solved": 2,
        "ease_factor": 2.5,
        "interval_days": 8,
        "is_mastered": False,
        "next_review_date": "2024-01-15",
    }

    history = api.get(f"/api/submissions/{problem['id']}", params={"limit": 1}, headers=auth)
    page = history.json()
    assert page["total"] == 2 and page["has_more"] is True
    assert page["items"][0]["id"] == second["submission_id"]
    assert api.get("/api/profile", headers=auth).json()["xp_total"] == 100
    assert api.post("/api/auth/logout", headers=auth).json() == {"message": "Logout successful"}
    assert api.get("/api/profile", headers=auth).status_code == 401
