"""The OpenAPI description at /schema: security, error bodies and rate-limit headers.

Each route lists its error responses with its family's error body (:func:`basic_errors`,
:func:`submissions_errors`), so that a generated client knows both shapes.
"""

from __future__ import annotations

from dataclasses import dataclass

from litestar.datastructures import ResponseHeader
from litestar.openapi import OpenAPIConfig, ResponseSpec
from litestar.openapi.spec import Components, Operation, SecurityScheme, Tag

import pyscape_server
from pyscape_server.errors import BasicError, SubmissionsError

BEARER = "BearerToken"
#: The ``security`` of routes that need a token.
SECURED = [{BEARER: []}]

_DESCRIPTIONS = {
    400: "Invalid input (INVALID_INPUT)",
    401: "Missing, invalid, expired or logged-out token",
    404: "Not found",
    409: "Conflicts with the stored state",
    413: "Request body too large",
    422: "Invalid input (VALIDATION_ERROR)",
    429: "Rate limit exceeded (RATE_LIMITED), see Retry-After",
    500: "Server error",
}


def basic_errors(*statuses: int) -> dict[int, ResponseSpec]:
    """Seed 000 error responses: ``{"error", "code", "status"}``; 429 always."""
    return {
        status: ResponseSpec(data_container=BasicError, description=_DESCRIPTIONS[status])
        for status in sorted({*statuses, 429})
    }


def submissions_errors(*statuses: int) -> dict[int, ResponseSpec]:
    """Seed 002 error responses: ``{"success": false, "error": {...}}``; 401, 422, 429 always."""
    descriptions = {**_DESCRIPTIONS, 500: "The judge failed (JUDGE_ERROR)"}
    return {
        status: ResponseSpec(data_container=SubmissionsError, description=descriptions[status])
        for status in sorted({*statuses, 401, 422, 429})
    }


@dataclass
class SubmissionsOperation(Operation):
    """Seed 002 routes answer validation errors with 422, never the framework's 400."""

    def __post_init__(self) -> None:
        if self.responses:
            self.responses.pop("400", None)


RATE_LIMIT_HEADERS = [
    ResponseHeader(
        name="X-RateLimit-Limit",
        description="Requests allowed in the current window (the tighter of user and IP)",
        documentation_only=True,
    ),
    ResponseHeader(
        name="X-RateLimit-Remaining",
        description="Requests left in the current window",
        documentation_only=True,
    ),
    ResponseHeader(
        name="X-RateLimit-Reset",
        description="Epoch second at which the window resets",
        documentation_only=True,
    ),
]


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="PyScape API",
        version=pyscape_server.__version__,
        description=(
            "The REST API of PyScape (docs/api.md). Routes under /api need "
            "`Authorization: Bearer <token>` except signup and login."
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
    )
