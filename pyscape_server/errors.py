"""The server's errors, and the one place where any exception becomes a response.

Two error formats exist, one per family of routes (see docs/api.md):

* seed 002, the Submissions API (``/api/submit``, ``/api/rate-submission``,
  ``/api/submissions/{problem_id}``):
  ``{"success": false, "error": {"code": "PROBLEM_NOT_FOUND", "message": "...", "details": ...}}``
* seed 000, every other route:
  ``{"error": "Problem not found", "code": "NOT_FOUND", "status": 404}``

Each :class:`AppError` names its status and code in both families. Framework exceptions
(validation, unknown route, body too large) and anything unexpected are translated here too:
no response ever carries a stack trace, an HTML page or a framework's default body.
"""

from __future__ import annotations

import enum
import logging
import re
from typing import Any, ClassVar

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException

log = logging.getLogger(__name__)


class Family(enum.Enum):
    """Which seed document's error format a route answers in."""

    BASIC = "000"
    SUBMISSIONS = "002"


_SUBMISSIONS_PATHS = ("/api/submit", "/api/rate-submission")


def family_of(path: str) -> Family:
    """The error format of the route at ``path`` (known before routing, for 404s and 429s)."""
    path = path.rstrip("/") or "/"
    if path in _SUBMISSIONS_PATHS or path.startswith("/api/submissions/"):
        return Family.SUBMISSIONS
    return Family.BASIC


class AppError(Exception):
    """Base of every error the server answers with on purpose.

    ``basic`` and ``submissions`` give ``(status, code)`` in each family's format.
    """

    basic: ClassVar[tuple[int, str]] = (500, "INTERNAL_ERROR")
    submissions: ClassVar[tuple[int, str]] = (500, "INTERNAL_ERROR")

    def __init__(
        self, message: str, *, details: Any = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details
        self.headers = headers or {}

    def status_and_code(self, family: Family) -> tuple[int, str]:
        return self.basic if family is Family.BASIC else self.submissions


class InvalidInput(AppError):
    """The request's data is wrong: a field missing, too long, of the wrong type..."""

    basic = (400, "INVALID_INPUT")
    submissions = (422, "VALIDATION_ERROR")


class Unauthorized(AppError):
    """No token, or a token that is invalid, expired or logged out."""

    basic = (401, "UNAUTHORIZED")
    submissions = (401, "AUTHENTICATION_REQUIRED")

    def __init__(self, message: str = "Authentication required", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(message, **kwargs)


class Forbidden(AppError):
    basic = (403, "FORBIDDEN")
    submissions = (403, "FORBIDDEN")


class NotFound(AppError):
    basic = (404, "NOT_FOUND")
    submissions = (404, "NOT_FOUND")


class ProblemNotFound(NotFound):
    submissions = (404, "PROBLEM_NOT_FOUND")


class SubmissionNotFound(NotFound):
    submissions = (404, "SUBMISSION_NOT_FOUND")


class MethodNotAllowed(AppError):
    basic = (405, "METHOD_NOT_ALLOWED")
    submissions = (405, "METHOD_NOT_ALLOWED")


class Conflict(AppError):
    """The request contradicts the stored state: email taken, already rated..."""

    basic = (409, "CONFLICT")
    submissions = (409, "CONFLICT")


class AlreadyRated(Conflict):
    submissions = (409, "ALREADY_RATED")


class PayloadTooLarge(AppError):
    basic = (413, "INVALID_INPUT")
    submissions = (413, "VALIDATION_ERROR")


class RateLimited(AppError):
    basic = (429, "RATE_LIMITED")
    submissions = (429, "RATE_LIMITED")


class JudgeUnavailable(AppError):
    """The judge could not run the code (sandbox or engine failure): never the user's fault."""

    basic = (500, "INTERNAL_ERROR")
    submissions = (500, "JUDGE_ERROR")


class InternalError(AppError):
    pass


class OtherClientError(InvalidInput):
    """A rarer 4xx raised by the framework (406, 415...), kept with its own status."""

    def __init__(self, status: int, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.status = status

    def status_and_code(self, family: Family) -> tuple[int, str]:
        return self.status, super().status_and_code(family)[1]


# --------------------------------------------------------------------------- rendering


class BasicError(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Seed 000's error body."""

    error: str
    code: str
    status: int
    details: Any = None


class SubmissionsErrorDetail(msgspec.Struct, kw_only=True, omit_defaults=True):
    code: str
    message: str
    details: Any = None


class SubmissionsError(msgspec.Struct, kw_only=True):
    """Seed 002's error body."""

    success: bool
    error: SubmissionsErrorDetail


def render(error: AppError, family: Family) -> tuple[int, bytes]:
    """``(status, JSON body)`` of ``error`` in ``family``'s format."""
    status, code = error.status_and_code(family)
    body: msgspec.Struct
    if family is Family.BASIC:
        body = BasicError(error=error.message, code=code, status=status, details=error.details)
    else:
        detail = SubmissionsErrorDetail(code=code, message=error.message, details=error.details)
        body = SubmissionsError(success=False, error=detail)
    return status, msgspec.json.encode(body)


def handle_exception(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    """The one exception handler of both apps."""
    error = translate(exc, request)
    status, body = render(error, family_of(request.url.path))
    if status >= 500:
        log.error("%s %s failed: %s", request.method, request.url.path, error.message)
    return Response(body, status_code=status, media_type="application/json", headers=error.headers)


def translate(exc: Exception, request: Request[Any, Any, Any]) -> AppError:
    """Any exception as an :class:`AppError` (unexpected ones are logged with their trace)."""
    if isinstance(exc, AppError):
        return exc
    if isinstance(exc, ValidationException):
        return InvalidInput(describe_validation(exc.extra), details=_details(exc.extra))
    if isinstance(exc, RecursionError) and "deserializing" in str(exc):
        return InvalidInput("Request body is nested too deeply")
    if isinstance(exc, HTTPException):
        headers = dict(exc.headers or {})
        match exc.status_code:
            case 400:
                return InvalidInput(_client_message(exc.detail), headers=headers)
            case 401:
                return Unauthorized()
            case 403:
                return Forbidden("Access denied", headers=headers)
            case 404:
                return NotFound(
                    f"No route {request.method} {request.url.path}: see /schema for the API",
                    headers=headers,
                )
            case 405:
                return MethodNotAllowed(
                    f"{request.method} is not allowed on {request.url.path}", headers=headers
                )
            case 413:
                return PayloadTooLarge("Request body is too large", headers=headers)
            case 429:
                return RateLimited("Too many requests", headers=headers)
            case status if status < 500:
                return OtherClientError(status, exc.detail or "Bad request", headers=headers)
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return InternalError("Internal server error; it has been logged")


_MISSING = re.compile(r"Object missing required field `(\w+)`")
_FRIENDLY = (
    (re.compile(r"Expected `str` of length >= (\d+)"), "must be at least {} characters"),
    (re.compile(r"Expected `str` of length <= (\d+)"), "must be at most {} characters"),
    (re.compile(r"Expected `array` of length <= (\d+)"), "must have at most {} items"),
    (re.compile(r"Expected `int` >= (-?\d+)"), "must be at least {}"),
    (re.compile(r"Expected `int` <= (-?\d+)"), "must be at most {}"),
    (re.compile(r"Expected `str` matching regex `(.*)`"), "must match {}"),
    (re.compile(r"Invalid enum value (.*)"), "{} is not one of the allowed values (see /schema)"),
)


def describe_validation(extra: Any) -> str:
    """One readable sentence for a framework validation error ("Code is required")."""
    problems = extra if isinstance(extra, list) else []
    if not problems or not isinstance(problems[0], dict):
        return "Invalid request"
    first = problems[0]
    message = str(first.get("message", "invalid"))
    missing = _MISSING.search(message)
    if missing:
        return f"{missing.group(1).replace('_', ' ').capitalize()} is required"
    key = first.get("key")
    for pattern, template in _FRIENDLY:
        found = pattern.fullmatch(message)
        if found:
            message = template.format(found.group(1))
            break
    if key in (None, "", "data"):
        return f"Invalid request body: {message}"
    return f"Invalid `{key}`: {message}"


def _details(extra: Any) -> Any:
    if isinstance(extra, list):
        return [
            {k: v for k, v in item.items() if k in ("key", "message", "source")}
            for item in extra
            if isinstance(item, dict)
        ]
    return None


def _client_message(detail: str) -> str:
    if detail.startswith("JSON is malformed"):
        return f"Request body is not valid JSON ({detail.split(': ', 1)[-1]})"
    return detail or "Bad request"
