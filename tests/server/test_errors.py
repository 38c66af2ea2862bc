"""The one exception handler: each route family's format, framework errors, no stack traces."""

from __future__ import annotations

import logging

import pytest
from litestar import Litestar, get, post
from litestar.params import JSONBody
from litestar.testing import TestClient

from pyscape_server.errors import (
    Family,
    ProblemNotFound,
    describe_validation,
    family_of,
    handle_exception,
)
from pyscape_server.schemas import Schema


@pytest.mark.parametrize(
    ("path", "family"),
    [
        ("/api/submit", Family.SUBMISSIONS),
        ("/api/submit/", Family.SUBMISSIONS),
        ("/api/rate-submission", Family.SUBMISSIONS),
        ("/api/submissions/abc", Family.SUBMISSIONS),
        ("/api/submissions", Family.BASIC),
        ("/api/submitted", Family.BASIC),
        ("/api/problems/x", Family.BASIC),
        ("/health", Family.BASIC),
        ("/", Family.BASIC),
    ],
)
def test_family_of(path, family):
    assert family_of(path) is family


class Body(Schema):
    name: str


@get("/api/crash")
async def crash() -> None:
    raise RuntimeError("secret internals at /srv/app.py line 12")


@get("/api/submissions/crash")
async def crash_submissions() -> None:
    raise RuntimeError("secret internals")


@get("/api/problems/missing")
async def missing() -> None:
    raise ProblemNotFound("Problem 'missing' not found", details={"slug": "missing"})


@post("/api/echo")
async def echo(data: JSONBody[Body]) -> Body:
    return data


def client() -> TestClient:
    app = Litestar(
        [crash, crash_submissions, missing, echo],
        exception_handlers={Exception: handle_exception},
        logging_config=None,
    )
    return TestClient(app)


def test_unexpected_errors_are_500_without_a_trace(caplog):
    with client() as c, caplog.at_level(logging.ERROR):
        response = c.get("/api/crash")
        assert response.status_code == 500
        assert response.json() == {
            "error": "Internal server error; it has been logged",
            "code": "INTERNAL_ERROR",
            "status": 500,
        }
        assert "secret" not in response.text
        other = c.get("/api/submissions/crash").json()
        assert other == {
            "success": False,
            "error": {
                "code": "INTERNAL_ERROR",
                "message": "Internal server error; it has been logged",
            },
        }
    assert "Traceback" in caplog.text and "secret internals" in caplog.text


def test_app_errors_keep_their_details():
    with client() as c:
        body = c.get("/api/problems/missing").json()
    assert body == {
        "error": "Problem 'missing' not found",
        "code": "NOT_FOUND",
        "status": 404,
        "details": {"slug": "missing"},
    }


def test_framework_errors_in_our_format():
    with client() as c:
        assert c.get("/nowhere").json()["code"] == "NOT_FOUND"
        assert c.delete("/api/crash").json()["code"] == "METHOD_NOT_ALLOWED"
        invalid = c.post("/api/echo", json={"name": 3}).json()
        assert invalid["code"] == "INVALID_INPUT" and invalid["status"] == 400
        assert invalid["error"] == "Invalid `name`: Expected `str`, got `int`"
        html = c.get("/nowhere", headers={"Accept": "text/html"})
        assert html.headers["content-type"].startswith("application/json")


def test_describe_validation():
    missing = [{"message": "Object missing required field `problem_slug`", "key": "data"}]
    assert describe_validation(missing) == "Problem slug is required"
    short = [{"message": "Expected `str` of length >= 8", "key": "password"}]
    assert describe_validation(short) == "Invalid `password`: must be at least 8 characters"
    assert describe_validation(None) == "Invalid request"


def test_every_code_in_both_formats():
    from pyscape_server import errors

    expected = {
        errors.InvalidInput: ((400, "INVALID_INPUT"), (422, "VALIDATION_ERROR")),
        errors.Unauthorized: ((401, "UNAUTHORIZED"), (401, "AUTHENTICATION_REQUIRED")),
        errors.Forbidden: ((403, "FORBIDDEN"), (403, "FORBIDDEN")),
        errors.NotFound: ((404, "NOT_FOUND"), (404, "NOT_FOUND")),
        errors.ProblemNotFound: ((404, "NOT_FOUND"), (404, "PROBLEM_NOT_FOUND")),
        errors.Conflict: ((409, "CONFLICT"), (409, "CONFLICT")),
        errors.RateLimited: ((429, "RATE_LIMITED"), (429, "RATE_LIMITED")),
        errors.JudgeUnavailable: ((500, "INTERNAL_ERROR"), (500, "JUDGE_ERROR")),
        errors.InternalError: ((500, "INTERNAL_ERROR"), (500, "INTERNAL_ERROR")),
    }
    import msgspec

    for kind, (basic, submissions) in expected.items():
        status, body = errors.render(kind("what happened"), Family.BASIC)
        assert (status, msgspec.json.decode(body)) == (
            basic[0],
            {"error": "what happened", "code": basic[1], "status": basic[0]},
        )
        status, body = errors.render(kind("what happened"), Family.SUBMISSIONS)
        assert (status, msgspec.json.decode(body)) == (
            submissions[0],
            {"success": False, "error": {"code": submissions[1], "message": "what happened"}},
        )
