"""What every domain's schemas share: the Struct base class and the pagination parameters."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar.params import Parameter


class Schema(msgspec.Struct):
    """Base of every request and response body (unknown request fields are ignored)."""


#: ``limit`` query parameter: page size, 1-100.
Limit = Annotated[int, Parameter(ge=1, le=100, description="How many items to return (1-100).")]
#: Largest ``offset`` (beyond any list; keeps the number within a database integer).
MAX_OFFSET = 1_000_000_000
#: ``offset`` query parameter: items to skip.
Offset = Annotated[
    int, Parameter(ge=0, le=MAX_OFFSET, description=f"How many items to skip (0-{MAX_OFFSET}).")
]

DEFAULT_LIMIT = 20
