"""/schema describes every REST route: operation ids, bodies, errors, security."""

from __future__ import annotations

import json

ROUTES = {
    ("post", "/api/auth/signup"): "signup",
    ("post", "/api/auth/login"): "login",
    ("post", "/api/auth/logout"): "logout",
    ("get", "/api/problems"): "listProblems",
    ("get", "/api/problems/{id_or_slug}"): "getProblem",
    ("post", "/api/submit"): "submitSolution",
    ("post", "/api/rate-submission"): "rateSubmission",
    ("get", "/api/submissions"): "listSubmissions",
    ("get", "/api/submissions/{problem_id}"): "listProblemSubmissions",
    ("get", "/api/reviews/due"): "listDueReviews",
    ("get", "/api/profile"): "getProfile",
    ("put", "/api/profile"): "updateProfile",
    ("patch", "/api/profile"): "patchProfile",
    ("get", "/api/duels/stats"): "getDuelStats",
    ("get", "/api/leaderboard"): "getLeaderboard",
    ("get", "/health"): "health",
    ("get", "/ready"): "ready",
    # learning and portfolio (issue 9)
    ("post", "/api/roadmap/generate"): "generateRoadmap",
    ("get", "/api/roadmap"): "getRoadmap",
    ("get", "/api/lessons/{lesson_id}"): "getLesson",
    ("post", "/api/lessons/{lesson_id}/complete"): "completeLesson",
    ("get", "/api/portfolio"): "getPortfolio",
    ("post", "/api/portfolio/projects"): "createProject",
    ("put", "/api/portfolio/projects/{project_id}"): "updateProject",
    ("delete", "/api/portfolio/projects/{project_id}"): "deleteProject",
    ("post", "/api/portfolio/export"): "exportPortfolio",
}
PUBLIC = {"signup", "login", "health", "ready"}
#: Routes whose 503 is their own answer (what is missing), not an error body.
OWN_503 = {"ready"}
SUBMISSIONS_FAMILY = {"submitSolution", "rateSubmission", "listProblemSubmissions"}
BODIES = {
    "signup": "SignupRequest",
    "login": "LoginRequest",
    "submitSolution": "SubmitRequest",
    "rateSubmission": "RateRequest",
    "updateProfile": "ProfileUpdate",
    "patchProfile": "ProfileUpdate",
    "generateRoadmap": "RoadmapRequest",
    "createProject": "ProjectCreate",
    "updateProject": "ProjectUpdate",
    "exportPortfolio": "ExportRequest",
}
#: Routes whose success is not JSON (the PDF export).
BINARY = {"exportPortfolio": "application/pdf"}


def test_every_route_is_described(server, api):
    response = api.get("/schema/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    components = schema["components"]["schemas"]
    operations = {
        (method, path): op
        for path, item in schema["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert set(operations) == set(ROUTES)
    for key, operation_id in ROUTES.items():
        op = operations[key]
        assert op["operationId"] == operation_id
        success = next(code for code in op["responses"] if code.startswith("2"))
        if operation_id in BINARY:
            assert BINARY[operation_id] in op["responses"][success]["content"]
        else:
            ref = op["responses"][success]["content"]["application/json"]["schema"]["$ref"]
            assert ref.split("/")[-1] in components
        if operation_id in BODIES:
            body = op["requestBody"]["content"]["application/json"]["schema"]
            refs = [body.get("$ref")] + [o.get("$ref") for o in body.get("oneOf", [])]
            assert any(r and r.endswith("/" + BODIES[operation_id]) for r in refs), body
        if operation_id not in PUBLIC:
            assert op["security"] == [{"BearerToken": []}], operation_id
            assert "401" in op["responses"], operation_id
        errors = {code: r for code, r in op["responses"].items() if code[0] in "45"}
        expected = "SubmissionsError" if operation_id in SUBMISSIONS_FAMILY else "BasicError"
        for code, spec in errors.items():
            if code == "503" and operation_id in OWN_503:
                assert spec["content"]["application/json"]["schema"]["$ref"].endswith("/Ready")
                continue
            error_ref = spec["content"]["application/json"]["schema"]["$ref"]
            assert error_ref.endswith("/" + expected), (operation_id, code)
        if operation_id in SUBMISSIONS_FAMILY:
            assert "400" not in errors and "422" in errors
        if operation_id not in ("health", "ready"):
            assert "429" in errors
    assert schema["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    text = json.dumps(schema)
    for ref in {part.split('"')[0] for part in text.split('"$ref": "')[1:]}:
        assert ref.split("/")[-1] in components, ref


def test_request_and_response_fields(server, api):
    components = api.get("/schema/openapi.json").json()["components"]["schemas"]
    submit = components["SubmitResponse"]["properties"]
    for field in ("success", "results", "summary", "submission_id", "test_results", "xp_earned"):
        assert field in submit
    signup = components["SignupRequest"]
    assert signup["properties"]["username"]["pattern"] == "^[A-Za-z0-9_]+$"
    assert signup["properties"]["password"]["minLength"] == 8
    rating = components["RateRequest"]["properties"]["rating"]["$ref"].split("/")[-1]
    assert set(components[rating]["enum"]) == {"again", "hard", "good", "mastered"}
    assert "maxItems" in components["ProfileUpdate"]["properties"]["interests"]


def test_the_schema_pages(server, api):
    assert api.get("/schema").status_code == 200
    assert api.get("/schema/openapi.json").headers["content-type"].startswith("application/")
