"""``GET /health``, on both ports."""

from __future__ import annotations

from litestar import get, head

import pyscape_server
from pyscape_server.schemas import Schema


class Health(Schema):
    status: str
    version: str


@get("/health", operation_id="health", tags=["system"])
async def health() -> Health:
    """Whether the server answers (no token needed)."""
    return Health(status="ok", version=pyscape_server.__version__)


@head("/health", operation_id="healthHead", tags=["system"])
async def health_head() -> None:
    """``/health`` for monitors that only send HEAD."""
