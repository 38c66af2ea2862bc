"""The OpenAPI description at /schema: security, error bodies, response headers, the WebSocket.

* Each route lists its error responses with its family's error body (:func:`basic_errors`,
  :func:`submissions_errors`), each with a real example made by the server's own
  :func:`~pyscape_server.errors.render`, so that a generated client knows both shapes.
* Every response of every operation documents the headers the server sends with it
  (:data:`RATE_LIMIT_HEADERS` on all, ``Retry-After`` on 429, ``WWW-Authenticate`` on 401), each
  with a schema; a route adds its own with ``response_headers`` (the PDF's
  ``Content-Disposition``).
* The duel WebSocket is the ``x-websocket`` extension (:mod:`pyscape_server.duels.protocol`):
  frames both ways, with their schemas, and close codes; docs/websocket.md tells it in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import msgspec
from litestar.openapi import OpenAPIConfig, ResponseSpec
from litestar.openapi.spec import (
    Components,
    Example,
    OpenAPI,
    OpenAPIHeader,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    PathItem,
    Reference,
    Schema,
    SecurityScheme,
    Tag,
)

import pyscape_server
from pyscape_server.errors import (
    AlreadyRated,
    AppError,
    BasicError,
    Conflict,
    Family,
    Forbidden,
    InternalError,
    InvalidInput,
    JudgeUnavailable,
    PayloadTooLarge,
    ProblemNotFound,
    RateLimited,
    SubmissionNotFound,
    SubmissionsError,
    Unauthorized,
    render,
)
from pyscape_server.judging import UNAVAILABLE

BEARER = "BearerToken"
#: The ``security`` of routes that need a token.
SECURED = [{BEARER: []}]

_DESCRIPTIONS = {
    400: "Invalid input (INVALID_INPUT)",
    401: "Missing, invalid, expired or logged-out token",
    403: "Belongs to another user (FORBIDDEN)",
    404: "Not found",
    409: "Conflicts with the stored state",
    413: "Request body too large",
    422: "Invalid input (VALIDATION_ERROR)",
    429: "Rate limit exceeded (RATE_LIMITED), see Retry-After",
    500: "Server error",
}

#: What the server answers with, per status: the examples of each error response.
_ERRORS: dict[int, tuple[AppError, ...]] = {
    400: (InvalidInput("Invalid `limit`: must be at most 100"),),
    401: (Unauthorized("This session has been logged out: log in again"),),
    403: (Forbidden("This project belongs to another user: only its owner can change it"),),
    404: (ProblemNotFound("Problem 'two-summ' not found"),),
    409: (Conflict("The username 'ada' is taken: choose another"),),
    413: (PayloadTooLarge("Request body is too large"),),
    422: (InvalidInput("Code is required"),),
    429: (RateLimited("Rate limit exceeded: try again in 42 s"),),
    500: (InternalError("Internal server error; it has been logged"),),
}
_SUBMISSIONS_ERRORS: dict[int, tuple[AppError, ...]] = {
    **_ERRORS,
    404: (
        ProblemNotFound("Problem 'two-summ' not found"),
        SubmissionNotFound("Submission 'f3b1c2d4' not found"),
    ),
    409: (
        AlreadyRated(
            "Submission 'f3b1c2d4' was already rated 'good': solve the problem again to rate it"
            " again"
        ),
    ),
    500: (JudgeUnavailable(UNAVAILABLE, details="submission f3b1c2d4"),),
}


def error_examples(family: Family, errors: tuple[AppError, ...]) -> list[Example]:
    """Real error bodies, as :func:`~pyscape_server.errors.render` writes them."""
    examples = []
    for error in errors:
        status, body = render(error, family)
        code = error.status_and_code(family)[1]
        examples.append(Example(summary=f"{status} {code}", value=msgspec.json.decode(body)))
    return examples


def basic_errors(*statuses: int) -> dict[int, ResponseSpec]:
    """Seed 000 error responses: ``{"error", "code", "status"}``; 429 always."""
    return {
        status: ResponseSpec(
            data_container=BasicError,
            description=_DESCRIPTIONS[status],
            generate_examples=False,
            examples=error_examples(Family.BASIC, _ERRORS[status]),
        )
        for status in sorted({*statuses, 429})
    }


def submissions_errors(*statuses: int) -> dict[int, ResponseSpec]:
    """Seed 002 error responses: ``{"success": false, "error": {...}}``; 401, 422, 429 always."""
    descriptions = {**_DESCRIPTIONS, 500: "The judge failed (JUDGE_ERROR)"}
    return {
        status: ResponseSpec(
            data_container=SubmissionsError,
            description=descriptions[status],
            generate_examples=False,
            examples=error_examples(Family.SUBMISSIONS, _SUBMISSIONS_ERRORS[status]),
        )
        for status in sorted({*statuses, 401, 422, 429})
    }


@dataclass
class SubmissionsOperation(Operation):
    """Seed 002 routes answer validation errors with 422, never the framework's 400."""

    def __post_init__(self) -> None:
        if self.responses:
            self.responses.pop("400", None)


def _integer_header(description: str, minimum: int, example: int) -> OpenAPIHeader:
    return OpenAPIHeader(
        description=description,
        required=True,
        schema=Schema(type=OpenAPIType.INTEGER, minimum=minimum),
        example=example,
    )


#: On every response (:mod:`pyscape_server.ratelimit`), errors and 429 included.
RATE_LIMIT_HEADERS = {
    "X-RateLimit-Limit": _integer_header(
        "Requests allowed in the current window (the tighter of user and IP)", 1, 100
    ),
    "X-RateLimit-Remaining": _integer_header("Requests left in the current window", 0, 99),
    "X-RateLimit-Reset": _integer_header(
        "Epoch second at which the window resets", 0, 1_767_225_660
    ),
}
#: Headers of the responses of one status, on every operation.
STATUS_HEADERS = {
    "401": {
        "WWW-Authenticate": OpenAPIHeader(
            description="How to authenticate: a bearer token",
            required=True,
            schema=Schema(type=OpenAPIType.STRING, const="Bearer"),
            example="Bearer",
        )
    },
    "429": {
        "Retry-After": _integer_header("Seconds until the window resets: try again then", 1, 42)
    },
}


@dataclass
class Document(OpenAPI):
    """The OpenAPI document, with the WebSocket protocol beside the REST API."""

    websocket: dict[str, Any] | None = field(default=None, metadata={"alias": "x-websocket"})

    def to_schema(self) -> dict[str, Any]:
        shared = {
            **RATE_LIMIT_HEADERS,
            **{k: v for h in STATUS_HEADERS.values() for k, v in h.items()},
        }
        self.components.headers = {**(self.components.headers or {}), **shared}
        for item in (self.paths or {}).values():
            for operation in _operations(item):
                _add_headers(operation)
        return super().to_schema()


def _operations(item: PathItem) -> list[Operation]:
    methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    return [op for op in (getattr(item, method) for method in methods) if op is not None]


def _add_headers(operation: Operation) -> None:
    for status, response in (operation.responses or {}).items():
        if not isinstance(response, OpenAPIResponse):
            continue
        names = [*RATE_LIMIT_HEADERS, *STATUS_HEADERS.get(status, {})]
        response.headers = {
            **(response.headers or {}),
            **{name: Reference(ref=f"#/components/headers/{name}") for name in names},
        }


@dataclass
class PyscapeOpenAPIConfig(OpenAPIConfig):
    """Litestar's config, making a :class:`Document` that carries ``websocket``."""

    websocket: dict[str, Any] | None = None

    def to_openapi_schema(self) -> OpenAPI:
        base = super().to_openapi_schema()
        values = {f.name: getattr(base, f.name) for f in fields(OpenAPI)}
        return Document(**values, websocket=self.websocket)


def openapi_config(websocket: dict[str, Any] | None = None) -> OpenAPIConfig:
    """The config of /schema; ``websocket``: the ``x-websocket`` extension."""
    return PyscapeOpenAPIConfig(
        title="PyScape API",
        version=pyscape_server.__version__,
        description=(
            "The REST API of PyScape (docs/api.md). Routes under /api need "
            "`Authorization: Bearer <token>` except signup and login. Every response carries "
            "the X-RateLimit-* headers; a 429 carries Retry-After.\n\n"
            "The duels run on a WebSocket (port 8080 by default): its frames, both ways, and "
            "its close codes are in the `x-websocket` extension of this document, and in "
            "docs/websocket.md."
        ),
        components=Components(
            security_schemes={
                BEARER: SecurityScheme(
                    type="http",
                    scheme="bearer",
                    bearer_format="JWT",
                    description="A token from /api/auth/login or signup, or a Supabase token",
                )
            }
        ),
        tags=[
            Tag(name="auth"),
            Tag(name="problems"),
            Tag(name="submissions"),
            Tag(name="progress"),
            Tag(name="profile"),
            Tag(name="duels"),
            Tag(name="system"),
        ],
        use_handler_docstrings=True,
        websocket=websocket,
    )
