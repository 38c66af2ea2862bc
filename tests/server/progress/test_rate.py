"""POST /api/rate-submission and GET /api/reviews/due over the API (seed 002's flow)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.server.conftest import (
    MOVE_ZEROES,
    TWO_SUM,
    TWO_SUM_WRONG,
    assert_basic_error,
    assert_submissions_error,
)


def test_rate_good_twice_gives_3_then_8_days(server, new_user, clock):
    clock.set(date(2024, 1, 7))
    user = new_user()
    first = user.submit(TWO_SUM).json()
    rated = user.rate(first["submission_id"], "good")
    assert rated.status_code == 200, rated.text
    assert rated.json() == {
        "success": True,
        "progress": {
            "problem_id": first["problem_id"],
            "times_solved": 1,
            "ease_factor": 2.5,
            "interval_days": 3,
            "is_mastered": False,
            "next_review_date": "2024-01-10",
        },
    }
    second = user.submit(TWO_SUM).json()
    assert second["times_solved"] == 2
    progress = user.rate(second["submission_id"], "good").json()["progress"]
    assert progress["interval_days"] == 8
    assert progress["next_review_date"] == "2024-01-15"  # seed 002's example
    assert progress["times_solved"] == 2 and progress["ease_factor"] == 2.5


def test_hard_and_again_lower_the_ease(server, new_user, clock):
    clock.set(date(2024, 3, 1))
    user = new_user()
    progress = user.rate(user.submit(TWO_SUM).json()["submission_id"], "hard").json()["progress"]
    assert (progress["interval_days"], progress["ease_factor"]) == (1, 2.35)
    progress = user.rate(user.submit(TWO_SUM).json()["submission_id"], "again").json()["progress"]
    assert (progress["interval_days"], progress["ease_factor"]) == (1, 2.15)
    assert progress["next_review_date"] == "2024-03-02"


def test_rating_errors(server, new_user):
    owner, other = new_user(), new_user()
    accepted = owner.submit(TWO_SUM).json()["submission_id"]
    wrong = owner.submit(TWO_SUM_WRONG).json()["submission_id"]

    not_mine = other.rate(accepted, "good")
    assert_submissions_error(not_mine, 404, "SUBMISSION_NOT_FOUND")
    unknown = owner.rate("00000000-0000-0000-0000-000000000000", "good")
    assert_submissions_error(unknown, 404, "SUBMISSION_NOT_FOUND")
    not_accepted = owner.rate(wrong, "good")
    message = assert_submissions_error(not_accepted, 422, "VALIDATION_ERROR")["message"]
    assert "wrong_answer" in message
    bad_rating = owner.rate(accepted, "easy")
    assert "rating" in assert_submissions_error(bad_rating, 422, "VALIDATION_ERROR")["message"]

    assert owner.rate(accepted, "good").status_code == 200
    twice = owner.rate(accepted, "hard")
    assert "already rated" in assert_submissions_error(twice, 409, "ALREADY_RATED")["message"]


def test_reviews_due_oldest_first_and_mastered_leaves(server, new_user, clock):
    start = date(2024, 5, 1)
    clock.set(start)
    user = new_user()
    two_sum = user.submit(TWO_SUM).json()
    zeroes = user.submit(MOVE_ZEROES, slug="move-zeroes").json()
    assert zeroes["status"] == "accepted", zeroes
    assert user.client.get("/api/reviews/due").json()["reviews"] == []

    user.rate(two_sum["submission_id"], "again")  # due 05-02
    user.rate(zeroes["submission_id"], "good")  # due 05-04
    clock.set(start + timedelta(days=1))
    due = user.client.get("/api/reviews/due").json()
    assert due["today"] == "2024-05-02"
    assert [r["slug"] for r in due["reviews"]] == ["two-sum"]

    clock.set(start + timedelta(days=5))
    due = user.client.get("/api/reviews/due").json()
    assert [r["slug"] for r in due["reviews"]] == ["two-sum", "move-zeroes"]
    assert due["reviews"][0]["days_overdue"] == 4
    assert due["total"] == 2
    page = user.client.get("/api/reviews/due", params={"limit": 1, "offset": 1}).json()
    assert [r["slug"] for r in page["reviews"]] == ["move-zeroes"] and page["has_more"] is False

    again = user.submit(TWO_SUM).json()
    mastered = user.rate(again["submission_id"], "mastered").json()["progress"]
    assert mastered["is_mastered"] is True and mastered["next_review_date"] is None
    clock.set(start + timedelta(days=400))
    due = user.client.get("/api/reviews/due").json()
    assert [r["slug"] for r in due["reviews"]] == ["move-zeroes"]
    assert_basic_error(server.client().get("/api/reviews/due"), 401, "UNAUTHORIZED")
