"""Oversized bodies and code, bodies that are not objects, and a value of every wrong JSON type
at every field of every route with a body: 400/413/422 in the route family's format, never 500.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.server.conftest import PASSWORD, TWO_SUM, TWO_SUM_WRONG
from tests.server.fake_judge import Outcome
from tests.server.robustness.conftest import FuzzTarget, assert_error_format

#: One value of each JSON type (``integer`` is also a ``number``).
SAMPLES: dict[str, Any] = {
    "null": None,
    "boolean": True,
    "integer": 12345,
    "number": 1.5,
    "string": "text",
    "array": ["a", 1],
    "object": {"a": 1},
}
NOT_OBJECTS = ["[]", '"text"', "1", "null", "true", "{", '{"a": ', "", "\x00\xff", "[" * 5000]


@pytest.fixture(scope="module")
def client(fuzz_server: FuzzTarget) -> Iterator[httpx.Client]:
    with fuzz_server.live.client(fuzz_server.token) as c:
        yield c


@pytest.fixture(scope="module")
def openapi(client: httpx.Client) -> dict[str, Any]:
    return client.get("/schema/openapi.json").json()


def test_code_over_the_limit_is_422_with_the_limit_named(fuzz_server, client):
    limit = fuzz_server.live.settings.max_code_bytes
    too_long = TWO_SUM + "#" * (limit - len(TWO_SUM.encode()) + 1)
    response = _submit(client, too_long)
    error = _error(response, 422, "VALIDATION_ERROR")
    assert f"{limit + 1} bytes" in error["message"] and f"limit is {limit}" in error["message"]
    # the limit counts UTF-8 bytes, not characters
    wide = TWO_SUM + "#" + "é" * (limit // 2)
    assert len(wide) < limit
    _error(_submit(client, wide), 422, "VALIDATION_ERROR")


def test_code_at_the_limit_is_judged(fuzz_server, client):
    limit = fuzz_server.live.settings.max_code_bytes
    padded = TWO_SUM + "#" * (limit - len(TWO_SUM.encode()))
    assert len(padded.encode()) == limit
    judge = fuzz_server.live.judge
    judge.script(padded, Outcome())
    response = _submit(client, padded)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "accepted"
    assert judge.calls[-1].code == padded  # the judge got all of it


def test_bodies_over_the_request_limit_are_413_in_both_formats(fuzz_server, client):
    body_limit = fuzz_server.live.settings.max_body_bytes
    huge = json.dumps({"problem_slug": "two-sum", "code": "x" * body_limit})
    for path, method in (("/api/submit", "POST"), ("/api/profile", "PUT")):
        response = client.request(
            method, path, content=huge, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413, response.text
        assert_error_format(path, 413, response.json())
        assert "too large" in response.text
    # streamed without a Content-Length: cut off all the same
    chunks = (b"x" * 65536 for _ in range(body_limit // 65536 + 2))
    streamed = client.post(
        "/api/submit", content=chunks, headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413, streamed.text
    assert_error_format("/api/submit", 413, streamed.json())
    assert client.get("/api/profile").status_code == 200


def test_bodies_that_are_not_json_objects(client, openapi):
    for method, path in _body_operations(openapi):
        for text in NOT_OBJECTS:
            if text in ("null", "") and _body_schema(openapi, method, path)[1]:
                continue  # an optional body
            response = client.request(
                method,
                _concrete(path, client),
                content=text.encode("utf-8", "surrogateescape"),
                headers={"Content-Type": "application/json"},
            )
            assert response.status_code in (400, 422), (method, path, text[:20], response.text)
            assert_error_format(path, response.status_code, response.json())


def test_every_wrong_type_at_every_field(fuzz_server, client, openapi):
    valid = _valid_bodies(fuzz_server)
    operations = _body_operations(openapi)
    assert {f"{m} {p}" for m, p in operations} == set(valid), "a body route without a case here"
    tried = 0
    for method, path in operations:
        for field, allowed in _fields(openapi, method, path).items():
            for kind, value in SAMPLES.items():
                if kind in allowed or (kind == "integer" and "number" in allowed):
                    continue
                body = {**valid[f"{method} {path}"], field: value}
                response = client.request(method, _concrete(path, client), json=body)
                tried += 1
                context = (method, path, field, kind, response.text[:300])
                assert response.status_code in (400, 422), context
                assert_error_format(path, response.status_code, response.json())
                message = _message(response.json())
                assert field.replace("_", " ").lower() in message.lower() or field in message, (
                    context
                )
    assert tried > 50


# ------------------------------------------------------------------------------ helpers


def _submit(client: httpx.Client, code: str) -> httpx.Response:
    return client.post(
        "/api/submit", json={"problem_slug": "two-sum", "language": "python", "code": code}
    )


def _error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert_error_format("/api/submit", status, body)
    assert body["error"]["code"] == code, body
    return body["error"]


def _message(body: dict[str, Any]) -> str:
    return body["error"] if isinstance(body["error"], str) else body["error"]["message"]


def _body_operations(openapi: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, item in openapi["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "requestBody" in op
    ]


def _fields(openapi: dict[str, Any], method: str, path: str) -> dict[str, set[str]]:
    """Each field of the operation's JSON body and the JSON types it accepts."""
    components = openapi["components"]["schemas"]
    properties = _body_schema(openapi, method, path)[0]["properties"]
    return {name: _types(spec, components) for name, spec in properties.items()}


def _body_schema(openapi: dict[str, Any], method: str, path: str) -> tuple[dict[str, Any], bool]:
    """The operation's body object schema, and whether ``null`` is accepted instead."""
    op = openapi["paths"][path][method.lower()]
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    options = schema.get("oneOf", [schema])
    ref = next(o["$ref"] for o in options if "$ref" in o)
    nullable = any(o.get("type") == "null" for o in options)
    return openapi["components"]["schemas"][ref.split("/")[-1]], nullable


def _types(spec: dict[str, Any], components: dict[str, Any]) -> set[str]:
    if "$ref" in spec:
        return _types(components[spec["$ref"].split("/")[-1]], components)
    if "enum" in spec and "type" not in spec:
        return {type(v).__name__.replace("str", "string") for v in spec["enum"]}
    found = {spec["type"]} if isinstance(spec.get("type"), str) else set(spec.get("type", []))
    for key in ("oneOf", "anyOf"):
        for option in spec.get(key, []):
            found |= _types(option, components)
    return found


def _concrete(path: str, client: httpx.Client) -> str:
    """``path`` with its parameters filled (a real project of the caller's)."""
    if "{project_id}" in path:
        project = client.post("/api/portfolio/projects", json={"project_name": "fuzz"})
        assert project.status_code == 201, project.text
        return path.replace("{project_id}", str(project.json()["id"]))
    return path.replace("{lesson_id}", "missing-lesson")


def _valid_bodies(target: FuzzTarget) -> dict[str, dict[str, Any]]:
    name = f"wrong_{uuid.uuid4().hex[:8]}"
    return {
        "POST /api/auth/signup": {
            "email": f"{name}@example.com",
            "password": PASSWORD,
            "username": name,
        },
        "POST /api/auth/login": {"email": target.user.email, "password": PASSWORD},
        "PUT /api/profile": {"username": target.user.username},
        "PATCH /api/profile": {"interests": ["algorithms"]},
        "POST /api/submit": {"problem_slug": "two-sum", "code": TWO_SUM_WRONG},
        "POST /api/rate-submission": {"submission_id": str(uuid.uuid4()), "rating": "good"},
        "POST /api/roadmap/generate": {"topics": ["algorithms"]},
        "POST /api/portfolio/projects": {"project_name": "fuzz"},
        "PUT /api/portfolio/projects/{project_id}": {"project_name": "fuzz"},
        "POST /api/portfolio/export": {"format": "pdf"},
        "POST /api/lessons/{lesson_id}/complete": {"answers": [0]},
    }
