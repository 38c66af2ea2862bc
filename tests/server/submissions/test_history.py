"""Submission histories: GET /api/submissions (seed 000) and /api/submissions/{id} (seed 002)."""

from __future__ import annotations

from tests.server.conftest import (
    TWO_SUM,
    TWO_SUM_WRONG,
    assert_basic_error,
    assert_submissions_error,
)


def test_history_pagination_newest_first(server, new_user, judge):
    user, other = new_user(), new_user()
    codes = [TWO_SUM_WRONG, TWO_SUM, TWO_SUM_WRONG + "\n# 3", TWO_SUM + "\n# 4", TWO_SUM + "\n# 5"]
    for code in codes[2:]:
        judge.script(code, judge.scripts[code.rsplit("\n#", 1)[0]])
    ids = [user.submit(code).json()["submission_id"] for code in codes]
    other.submit(TWO_SUM)
    problem_id = user.client.get("/api/problems/two-sum").json()["id"]

    page = user.client.get(f"/api/submissions/{problem_id}", params={"limit": 2}).json()
    assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 0
    assert page["has_more"] is True
    assert [item["id"] for item in page["items"]] == ids[::-1][:2]
    item = page["items"][0]
    assert item["user_id"] == user.id and item["problem_id"] == problem_id
    assert item["code"] == codes[-1] and item["language"] == "python"
    assert item["passed"] is True and item["status"] == "accepted"
    assert isinstance(item["runtime_ms"], int) and item["submitted_at"].endswith("Z")

    last = user.client.get(
        f"/api/submissions/{problem_id}", params={"limit": 2, "offset": 4}
    ).json()
    assert [i["id"] for i in last["items"]] == [ids[0]] and last["has_more"] is False
    assert last["items"][0]["passed"] is False
    by_slug = user.client.get("/api/submissions/two-sum", params={"limit": 100}).json()
    assert [i["id"] for i in by_slug["items"]] == ids[::-1]

    listing = user.client.get("/api/submissions").json()
    assert [s["id"] for s in listing["submissions"]] == ids[::-1]
    assert listing["total"] == 5 and listing["has_more"] is False
    entry = listing["submissions"][0]
    assert entry["problem_title"] == "Two Sum" and entry["problem_id"] == problem_id
    assert entry["status"] == "accepted" and entry["created_at"].endswith("Z")
    assert [s["xp_earned"] for s in listing["submissions"]] == [0, 0, 0, 100, 0]


def test_history_errors_in_each_family(server, new_user, api):
    user = new_user()
    assert_submissions_error(
        user.client.get("/api/submissions/no-such-problem"), 404, "PROBLEM_NOT_FOUND"
    )
    assert_submissions_error(
        user.client.get("/api/submissions/two-sum", params={"limit": 0}), 422, "VALIDATION_ERROR"
    )
    assert_submissions_error(
        user.client.get("/api/submissions/two-sum", params={"offset": -1}), 422, "VALIDATION_ERROR"
    )
    assert_submissions_error(api.get("/api/submissions/two-sum"), 401, "AUTHENTICATION_REQUIRED")

    error = assert_basic_error(
        user.client.get("/api/submissions", params={"limit": 101}), 400, "INVALID_INPUT"
    )
    assert error["error"] == "Invalid `limit`: must be at most 100"
    assert_basic_error(
        user.client.get("/api/submissions", params={"limit": "ten"}), 400, "INVALID_INPUT"
    )
    assert_basic_error(api.get("/api/submissions"), 401, "UNAUTHORIZED")
