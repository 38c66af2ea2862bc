"""/schema describes every REST route (operation ids, bodies, errors, security, the headers of
every response, real examples) and the duel WebSocket beside it (``x-websocket``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest

from pyscape_server.duels import messages as m
from pyscape_server.errors import AppError, Family
from tests.server.conftest import PASSWORD

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
        assert resolve(schema, ref) is not None, ref


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


# ------------------------------------------------------------------ headers, examples, WebSocket

DOCS = Path(__file__).parents[2] / "docs"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
#: Headers of the HTTP layer (framing, CORS) that no operation documents.
TRANSPORT_HEADERS = {"content-type", "content-length", "date", "server", "vary", "connection"}


@pytest.fixture(scope="module")
def document(server) -> dict[str, Any]:
    with server.client() as client:
        return client.get("/schema/openapi.json").json()


def resolve(document: dict[str, Any], ref: str) -> Any:
    """The object a local ``$ref`` (``#/a/b``) points at."""
    assert ref.startswith("#/"), ref
    node: Any = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node and len(node) == 1:
        node = resolve(document, node["$ref"])
    return node


def responses(document: dict[str, Any]):
    """``(operation id, status, response)`` of every operation."""
    for item in document["paths"].values():
        for method in METHODS:
            if method in item:
                op = item[method]
                for status, response in op["responses"].items():
                    yield op["operationId"], status, deref(document, response)


def validates(document: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    """Why ``value`` does not match ``schema`` (whose refs point into ``document``)."""
    rooted = {**schema, "components": document["components"]}
    if "x-websocket" in document:
        rooted["x-websocket"] = document["x-websocket"]
    validator = jsonschema_rs.Draft202012Validator(rooted)
    return [str(error) for error in validator.iter_errors(value)]


def test_every_response_header_has_a_schema(document):
    seen = 0
    for operation_id, status, response in responses(document):
        headers = {
            name: deref(document, header) for name, header in response.get("headers", {}).items()
        }
        for name, header in headers.items():
            assert "schema" in header, (operation_id, status, name)
            assert header.get("description"), (operation_id, status, name)
            seen += 1
        expected = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
        expected |= {"401": {"WWW-Authenticate"}, "429": {"Retry-After"}}.get(status, set())
        if (operation_id, status) == ("exportPortfolio", "200"):
            expected.add("Content-Disposition")
        assert set(headers) == expected, (operation_id, status)
    assert seen > 100


def test_every_example_validates_against_its_schema(document):
    """Header examples, media type examples, schema examples: each one matches its schema."""
    checked = 0

    def walk(node: Any, where: str) -> None:
        nonlocal checked
        if isinstance(node, dict):
            if "schema" in node and "example" in node:  # a header, a parameter
                assert not validates(document, node["schema"], node["example"]), where
                checked += 1
            if "schema" in node and isinstance(node.get("examples"), dict):  # a media type
                for name, example in node["examples"].items():
                    example = deref(document, example)
                    errors = validates(document, node["schema"], example["value"])
                    assert not errors, (where, name, errors)
                    checked += 1
            if isinstance(node.get("examples"), list) and "schema" not in node:  # a schema
                for value in node["examples"]:
                    assert not validates(document, node, value), (where, value)
                    checked += 1
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(document, "#")
    assert checked > 50


def _codes() -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    kinds = [AppError]
    while kinds:
        kind = kinds.pop()
        kinds += kind.__subclasses__()
        found |= {kind.basic, kind.submissions}
    return found


def test_error_examples_are_what_the_server_answers(document):
    """No random text: each error example is a body of the right family, with the status and a
    code the server uses for that status."""
    codes = _codes()
    families = {"BasicError": Family.BASIC, "SubmissionsError": Family.SUBMISSIONS}
    for operation_id, status, response in responses(document):
        if not status.startswith(("4", "5")) or (operation_id, status) == ("ready", "503"):
            continue
        media = response["content"]["application/json"]
        family = families[media["schema"]["$ref"].split("/")[-1]]
        assert media["examples"], (operation_id, status)
        for example in media["examples"].values():
            body = example["value"]
            if family is Family.BASIC:
                code, message = body["code"], body["error"]
                assert body["status"] == int(status)
            else:
                assert body["success"] is False
                code, message = body["error"]["code"], body["error"]["message"]
            assert (int(status), code) in codes, (operation_id, status, code)
            assert re.search(r"[a-z]+ [a-z]+", message), message  # a sentence, not random text


def test_the_headers_the_server_sends_are_documented(server, document, new_user):
    user = new_user("headers")
    with server.client() as anonymous:
        sent = {
            ("login", "200"): anonymous.post(
                "/api/auth/login", json={"email": user.email, "password": PASSWORD}
            ),
            ("getProfile", "401"): anonymous.get("/api/profile"),
            ("getProblem", "404"): user.client.get("/api/problems/no-such-problem"),
            ("submitSolution", "422"): user.client.post("/api/submit", json={"language": "x"}),
            ("exportPortfolio", "200"): user.client.post("/api/portfolio/export"),
        }
    documented = {(op, status): response for op, status, response in responses(document)}
    for (operation_id, status), response in sent.items():
        assert str(response.status_code) == status, response.text
        spec = documented[operation_id, status]
        names = {name.lower() for name in spec.get("headers", {})}
        extra = {
            name
            for name in response.headers
            if name not in TRANSPORT_HEADERS and not name.startswith("access-control-")
        }
        assert extra <= names, (operation_id, status, extra - names)
        for name, header in spec.get("headers", {}).items():
            header = deref(document, header)
            value = response.headers[name]
            typed = int(value) if header["schema"].get("type") == "integer" else value
            assert not validates(document, header["schema"], typed), (operation_id, name, value)


def _doc_types(section: str) -> list[str]:
    text = (DOCS / "websocket.md").read_text()
    body = text.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z-]+)` \|", body, re.MULTILINE)


def _doc_close_codes() -> list[str]:
    text = (DOCS / "websocket.md").read_text()
    body = text.split("## Close codes\n", 1)[1]
    return re.findall(r"^\| (\d{4}) \|", body, re.MULTILINE)


def test_the_websocket_protocol_is_described_beside_the_api(document):
    websocket = document["x-websocket"]
    assert "docs/websocket.md" in document["info"]["description"]
    assert websocket["documentation"] == "docs/websocket.md"
    assert list(websocket["client"]) == _doc_types("Client to server")
    assert list(websocket["server"]) == _doc_types("Server to client")
    assert list(websocket["closeCodes"]) == _doc_close_codes()
    for direction in ("client", "server"):
        for kind, ref in websocket[direction].items():
            frame = resolve(document, ref["$ref"])
            assert frame["properties"]["type"]["enum"] == [kind], frame
    for code, close in websocket["closeCodes"].items():
        assert 1000 <= int(code) < 5000 and close["reason"], code
    # frames as the server writes them match their schemas
    frames = [
        m.Pong(timestamp="2025-01-01T12:00:00Z"),
        m.Error(code="RATE_LIMITED", error="Too many frames", status=429),
        m.ReceiveMessage(duel_id="d1", sender="ada", message="gl hf", timestamp="2025-01-01"),
        m.LeftQueue(was_queued=True),
    ]
    for frame in frames:
        value = json.loads(m.encode(frame))
        errors = validates(document, websocket["server"][value["type"]], value)
        assert not errors, (value, errors)
    auth = websocket["client"]["auth"]
    assert not validates(document, auth, {"type": "auth", "token": "t"})
    assert validates(document, auth, {"type": "auth"})
