"""GET /api/problems and /api/problems/{id_or_slug}: filters, pagination, what is never shown."""

from __future__ import annotations

from tests.server.conftest import PROBLEMS, assert_basic_error

SECRET_FIELDS = ("solution", "solutions", "solution_code", "test_cases", "tests", "hidden")


def test_list_and_paginate(server, new_user):
    user = new_user()
    everything = user.client.get("/api/problems").json()
    assert everything["total"] == len(PROBLEMS)
    assert everything["limit"] == 20 and everything["offset"] == 0
    assert everything["has_more"] is False
    slugs = [p["slug"] for p in everything["problems"]]
    assert sorted(slugs) == sorted(PROBLEMS)
    difficulties = [p["difficulty"] for p in everything["problems"]]
    assert difficulties == sorted(difficulties, key=["easy", "medium", "hard"].index)
    first = everything["problems"][0]
    assert set(first) == {
        "id",
        "slug",
        "title",
        "description",
        "difficulty",
        "language",
        "languages",
        "tags",
    }
    assert first["language"] == "python"

    page = user.client.get("/api/problems", params={"limit": 2, "offset": 2}).json()
    assert [p["slug"] for p in page["problems"]] == slugs[2:4]
    assert page["total"] == len(PROBLEMS) and page["has_more"] is True


def test_filters(server, new_user):
    user = new_user()

    def slugs(**params):
        return sorted(p["slug"] for p in user.client.get("/api/problems", params=params).json()[
            "problems"
        ])

    assert slugs(difficulty="medium") == ["min-stack"]
    assert slugs(tags="array") == ["move-zeroes", "prefix-sum-queries", "two-sum"]
    assert slugs(tags="array,hash-table") == ["two-sum"]
    assert slugs(tags="Hash-Table, ARRAY") == ["two-sum"]
    assert slugs(tags="array,stack") == []
    assert slugs(difficulty="easy", tags="stack") == ["valid-parentheses"]
    assert slugs(language="cpp") == sorted(PROBLEMS)
    listed = user.client.get("/api/problems", params={"language": "java"}).json()
    assert {p["language"] for p in listed["problems"]} == {"java"}


def test_filter_errors(server, new_user, api):
    user = new_user()
    error = assert_basic_error(
        user.client.get("/api/problems", params={"difficulty": "extreme"}), 400, "INVALID_INPUT"
    )
    assert "difficulty" in error["error"]
    error = assert_basic_error(
        user.client.get("/api/problems", params={"language": "cobol"}), 400, "INVALID_INPUT"
    )
    assert "python" in error["error"]
    assert_basic_error(user.client.get("/api/problems", params={"limit": 0}), 400, "INVALID_INPUT")
    assert_basic_error(api.get("/api/problems"), 401, "UNAUTHORIZED")


def test_detail_by_slug_and_id_with_starter_code(server, new_user):
    user = new_user()
    by_slug = user.client.get("/api/problems/two-sum").json()
    by_id = user.client.get(f"/api/problems/{by_slug['id']}").json()
    assert by_slug == by_id
    assert by_slug["title"] == "Two Sum" and by_slug["difficulty"] == "easy"
    assert by_slug["description"].startswith("# Two Sum")
    assert by_slug["tags"] == ["array", "hash-table"]
    assert by_slug["language"] == "python"
    assert by_slug["starter_code"].startswith("class Solution:\n    def twoSum(self")
    assert by_slug["examples"] == [
        {"input": [[2, 7, 11, 15], 9], "expected": [0, 1]},
        {"input": [[3, 2, 4], 6], "expected": [1, 2]},
        {"input": [[3, 3], 6], "expected": [0, 1]},
    ]
    assert by_slug["total_test_cases"] == 12
    assert by_slug["limits"] == {"time_ms": 2000, "memory_mb": 256}
    for field in SECRET_FIELDS:
        assert field not in by_slug
    assert "seen.get(target - x)" not in user.client.get("/api/problems/two-sum").text

    java = user.client.get("/api/problems/two-sum", params={"language": "java"}).json()
    assert java["language"] == "java" and "public int[] twoSum" in java["starter_code"]
    stdio = user.client.get("/api/problems/prefix-sum-queries").json()
    assert stdio["mode"] == "stdio" and isinstance(stdio["examples"][0]["input"], str)


def test_detail_errors(server, new_user):
    user = new_user()
    error = assert_basic_error(user.client.get("/api/problems/nope"), 404, "NOT_FOUND")
    assert "nope" in error["error"]
    assert_basic_error(
        user.client.get("/api/problems/two-sum", params={"language": "cobol"}), 400, "INVALID_INPUT"
    )


def test_a_thousand_tags_is_a_400_not_a_500(server, new_user):
    user = new_user()
    many = ",".join(f"tag{n}" for n in range(1000))
    response = user.client.get("/api/problems", params={"tags": many})
    body = assert_basic_error(response, 400, "INVALID_INPUT")
    assert "at most 20" in body["error"]
    twenty = ",".join(f"tag{n}" for n in range(20))
    assert user.client.get("/api/problems", params={"tags": twenty}).json()["total"] == 0
    long = user.client.get("/api/problems", params={"tags": "x" * 65})
    assert_basic_error(long, 400, "INVALID_INPUT")
