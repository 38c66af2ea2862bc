"""Portfolio projects over HTTP: created, edited and deleted by their owner only."""

from __future__ import annotations

from tests.server.conftest import assert_basic_error

PROJECT = {
    "project_name": "Sentiment Analyzer",
    "description": "ML project analyzing text sentiment",
    "skills": ["Python", "NLP", "Scikit-learn"],
    "metrics": {"accuracy": 0.87, "f1_score": 0.85},
}


def test_empty_portfolio(new_user):
    user = new_user("folio")
    body = user.client.get("/api/portfolio").json()
    assert body["user"] == {"id": user.id, "username": user.username, "xp_total": 0, "level": 1}
    assert body["projects"] == [] and body["skills"] == []
    assert body["solved"] == {
        "total": 0,
        "by_difficulty": {"easy": 0, "medium": 0, "hard": 0},
        "by_language": {},
    }
    stats = user.client.get("/api/duels/stats").json()
    assert body["duels"]["total_duels"] == 0 and body["duels"]["rating"] == stats["rating"]


def test_project_crud_by_owner_only(new_user):
    owner, other = new_user("folio"), new_user("folio")
    created = owner.client.post("/api/portfolio/projects", json=PROJECT)
    assert created.status_code == 201, created.text
    project = created.json()
    assert {k: project[k] for k in PROJECT} == PROJECT
    assert project["id"] and project["created_at"] and project["url"] is None
    second = owner.client.post(
        "/api/portfolio/projects", json={"project_name": "Tiny CLI", "url": "https://x.dev/cli"}
    ).json()

    listed = owner.client.get("/api/portfolio").json()
    assert [p["project_name"] for p in listed["projects"]] == ["Sentiment Analyzer", "Tiny CLI"]
    assert {"name": "NLP", "evidence": "1 project"} in listed["skills"]

    path = f"/api/portfolio/projects/{project['id']}"
    # another user can neither change nor delete it, nor see it in their portfolio
    assert_basic_error(other.client.put(path, json={"project_name": "Mine"}), 403, "FORBIDDEN")
    assert_basic_error(other.client.delete(path), 403, "FORBIDDEN")
    assert other.client.get("/api/portfolio").json()["projects"] == []

    updated = owner.client.put(path, json={"description": "Now with transformers"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["description"] == "Now with transformers"
    assert updated.json()["skills"] == PROJECT["skills"]  # left out: kept
    assert updated.json()["updated_at"] > project["updated_at"]

    assert owner.client.delete(path).json() == {"id": project["id"], "deleted": True}
    assert_basic_error(owner.client.delete(path), 404, "NOT_FOUND")
    assert_basic_error(owner.client.put(path, json={"description": "x"}), 404, "NOT_FOUND")
    remaining = owner.client.get("/api/portfolio").json()["projects"]
    assert [p["id"] for p in remaining] == [second["id"]]


def test_invalid_projects(new_user, api):
    user = new_user("folio")
    for bad in (
        {},
        {"project_name": ""},
        {"project_name": "x" * 101},
        {"project_name": "x", "skills": ["s"] * 21},
        {"project_name": "x", "metrics": {"a": [1]}},
        {"project_name": "x", "url": "javascript:alert(1)"},
    ):
        response = user.client.post("/api/portfolio/projects", json=bad)
        assert_basic_error(response, 400, "INVALID_INPUT")
    for n in range(50):
        body = {"project_name": f"Project {n}"}
        assert user.client.post("/api/portfolio/projects", json=body).status_code == 201
    full = user.client.post("/api/portfolio/projects", json={"project_name": "One too many"})
    assert "at most 50" in assert_basic_error(full, 409, "CONFLICT")["error"]
    assert_basic_error(api.get("/api/portfolio"), 401, "UNAUTHORIZED")
    assert_basic_error(api.post("/api/portfolio/projects", json=PROJECT), 401, "UNAUTHORIZED")
    assert_basic_error(
        user.client.post("/api/portfolio/export", json={"format": "docx"}), 400, "INVALID_INPUT"
    )
