"""Roadmaps and lessons over HTTP, on a live server."""

from __future__ import annotations

import pytest

from tests.server.conftest import assert_basic_error

PREREQUISITES = {
    "Data Structures": ["Python Basics"],
    "Algorithms": ["Data Structures"],
    "Dynamic Programming": ["Algorithms"],
    "Data Science": ["Python Basics"],
    "Machine Learning": ["Python Basics", "Data Science"],
}


def assert_ordered(roadmap: dict) -> None:
    order = roadmap["order"]
    assert list(roadmap["skills"]) == order
    for topic, needs in PREREQUISITES.items():
        for need in needs:
            if topic in order and need in order:
                assert order.index(need) < order.index(topic), order


@pytest.mark.parametrize(
    ("topics", "order"),
    [
        (
            ["Python Basics", "Machine Learning", "Data Science"],
            ["Python Basics", "Data Science", "Machine Learning"],
        ),
        (
            ["Dynamic Programming"],
            ["Python Basics", "Data Structures", "Algorithms", "Dynamic Programming"],
        ),
        (["SQL", "JavaScript"], ["JavaScript", "SQL"]),
        (
            ["Algorithms", "Java", "C++", "ML"],
            [
                "Python Basics",
                "Java",
                "C++",
                "Data Structures",
                "Algorithms",
                "Data Science",
                "Machine Learning",
            ],
        ),
    ],
)
def test_generate_orders_by_prerequisites(new_user, topics, order):
    user = new_user("roadmap")
    response = user.client.post("/api/roadmap/generate", json={"topics": topics})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["order"] == order
    assert_ordered(body)
    for name, skill in body["skills"].items():
        assert skill["reason"] == ("chosen" if name in body["topics"] else "prerequisite")
        assert len(skill["lessons"]) >= 4 and skill["completed"] == []
        assert skill["level"] in (1, 2, 3)
    assert body["levels"][:2] == [
        {"level": 1, "xp_required": 0},
        {"level": 2, "xp_required": 500},
    ]
    # the same request gives the same roadmap (apart from its id and time)
    again = user.client.post("/api/roadmap/generate", json={"topics": topics}).json()
    assert {k: v for k, v in again.items() if k not in ("id", "generated_at")} == {
        k: v for k, v in body.items() if k not in ("id", "generated_at")
    }
    stored = user.client.get("/api/roadmap").json()
    assert stored == again and stored["generated_at"]


def test_aliases_unknown_topics_and_no_roadmap(new_user):
    user = new_user("roadmap")
    assert_basic_error(user.client.get("/api/roadmap"), 404, "NOT_FOUND")
    body = user.client.post(
        "/api/roadmap/generate", json={"topics": ["ml", "PY", "JS", "Machine Learning"]}
    ).json()
    assert body["topics"] == ["Machine Learning", "Python Basics", "JavaScript"]
    assert body["skills"]["Python Basics"]["lessons"][:3] == [
        "intro_to_python",
        "variables_types",
        "control_flow",
    ]
    error = assert_basic_error(
        user.client.post("/api/roadmap/generate", json={"topics": ["ML", "Cobol", "Astrology"]}),
        400,
        "INVALID_INPUT",
    )
    assert "Cobol" in error["error"] and "Machine Learning" in error["error"]
    assert error["details"]["unknown"] == ["Cobol", "Astrology"]
    assert "SQL" in error["details"]["known"]
    for bad in ({"topics": []}, {}, {"topics": "ML"}):
        assert_basic_error(
            user.client.post("/api/roadmap/generate", json=bad), 400, "INVALID_INPUT"
        )
    assert user.client.post("/api/roadmap/generate", json={"topics": ["SQL"]}).status_code == 201


def test_routes_need_a_token(api):
    for method, path in (
        ("POST", "/api/roadmap/generate"),
        ("GET", "/api/roadmap"),
        ("GET", "/api/lessons/intro_to_python"),
        ("POST", "/api/lessons/intro_to_python/complete"),
    ):
        assert_basic_error(api.request(method, path, json={"topics": ["SQL"]}), 401, "UNAUTHORIZED")


def test_lesson_content_and_its_quiz(new_user):
    user = new_user("learner")
    response = user.client.get("/api/lessons/ds_hash_tables")
    assert response.status_code == 200, response.text
    lesson = response.json()
    assert lesson["title"] == "Hash Tables" and lesson["topic"] == "Data Structures"
    assert lesson["type"] == "reading" and lesson["content"].startswith("# Hash Tables")
    assert 3 <= len(lesson["quiz_questions"]) <= 5
    for question in lesson["quiz_questions"]:
        assert set(question) == {"id", "question", "options", "correct_answer"}  # seed 000
        assert 0 <= question["correct_answer"] < len(question["options"])
    assert "two-sum" in [p["slug"] for p in lesson["practice_problems"]]
    assert lesson["completed"] is False
    assert_basic_error(user.client.get("/api/lessons/no_such_lesson"), 404, "NOT_FOUND")
    assert_basic_error(user.client.post("/api/lessons/no_such_lesson/complete"), 404, "NOT_FOUND")


def test_completion_gives_xp_once_and_levels_up_at_500(new_user):
    user = new_user("learner")
    first = user.client.post("/api/lessons/intro_to_python/complete")
    assert first.status_code == 200, first.text
    assert first.json() == {
        "lesson_id": "intro_to_python",
        "xp_earned": 50,
        "new_total_xp": 50,
        "level": 1,
        "level_up": False,
        "already_completed": False,
        "quiz": None,
    }
    again = user.client.post("/api/lessons/intro_to_python/complete", json={}).json()
    assert again["xp_earned"] == 0 and again["new_total_xp"] == 50
    assert again["already_completed"] is True

    # a finished lesson drops out of the next roadmap
    skill = user.client.post("/api/roadmap/generate", json={"topics": ["py"]}).json()["skills"]
    assert skill["Python Basics"]["completed"] == ["intro_to_python"]
    assert "intro_to_python" not in skill["Python Basics"]["lessons"]

    lessons = [
        "variables_types",
        "control_flow",
        "functions_modules",
        "sql_select",
        "sql_joins",
        "sql_aggregation",
        "sql_indexes_transactions",
        "js_intro",
    ]
    for n, lesson_id in enumerate(lessons, 2):
        body = user.client.post(f"/api/lessons/{lesson_id}/complete").json()
        assert body["new_total_xp"] == 50 * n and body["level_up"] is False, body
    tenth = user.client.post("/api/lessons/java_intro/complete").json()
    assert tenth["new_total_xp"] == 500 and tenth["level_up"] is True and tenth["level"] == 2
    assert user.client.get("/api/profile").json()["xp_total"] == 500
    assert user.client.get("/api/lessons/java_intro").json()["completed"] is True
    again = user.client.post("/api/lessons/java_intro/complete").json()
    assert again["level_up"] is False and again["xp_earned"] == 0


def test_quiz_answers_are_scored(new_user):
    user = new_user("learner")
    body = user.client.post(
        "/api/lessons/algo_binary_search/complete", json={"answers": {"q1": 0, "q2": 0}}
    ).json()
    quiz = body["quiz"]
    assert quiz["total"] == 3 and quiz["score"] == 1
    assert [r["correct"] for r in quiz["results"]] == [True, False, False]
    assert quiz["results"][2]["answer"] is None and quiz["results"][1]["correct_answer"] == 1
    assert body["xp_earned"] == 50
    listed = user.client.post(
        "/api/lessons/algo_binary_search/complete", json={"answers": [0, 1, 0]}
    ).json()
    assert listed["quiz"]["score"] == 3 and listed["xp_earned"] == 0
    for bad in ({"answers": {"q9": 1}}, {"answers": [0, 1, 0, 1]}, {"answers": "x"}):
        assert_basic_error(
            user.client.post("/api/lessons/algo_binary_search/complete", json=bad),
            400,
            "INVALID_INPUT",
        )


def test_the_roadmap_follows_progress_and_keeps_finished_lessons(new_user):
    user = new_user("roadmapper")
    made = user.client.post("/api/roadmap/generate", json={"topics": ["Python Basics"]}).json()
    skill = made["skills"]["Python Basics"]
    first = skill["lessons"][0]
    assert made["xp_total"] == 0 and made["level"] == 1 and skill["completed"] == []

    assert user.client.post(f"/api/lessons/{first}/complete").status_code == 200
    now = user.client.get("/api/roadmap").json()
    assert now["id"] == made["id"] and now["generated_at"] == made["generated_at"]
    assert now["xp_total"] == 50 and now["level"] == 1
    assert now["skills"]["Python Basics"]["completed"] == [first]
    assert first not in now["skills"]["Python Basics"]["lessons"]

    again = user.client.post("/api/roadmap/generate", json={"topics": ["Python Basics"]}).json()
    assert again["skills"]["Python Basics"]["completed"] == [first]
