"""What every domain's schemas share: the Struct base class and the pagination parameters."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar.params import Parameter

from pyscape_server.errors import InvalidInput


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


#: Most values one comma-separated query parameter may list (``?tags=a,b,c``).
MAX_LIST_ITEMS = 20
#: Longest value in such a list.
MAX_LIST_ITEM_CHARS = 64


def query_list(value: str | None, name: str, *, most: int = MAX_LIST_ITEMS) -> list[str]:
    """The distinct, lower-cased, non-empty values of comma-separated query parameter
    ``name``; :class:`~pyscape_server.errors.InvalidInput` (400) past ``most`` values."""
    items = [t for t in dict.fromkeys(t.strip().lower() for t in (value or "").split(",")) if t]
    if len(items) > most:
        raise InvalidInput(f"{name} lists {len(items)} values: at most {most} are allowed")
    long = next((t for t in items if len(t) > MAX_LIST_ITEM_CHARS), None)
    if long is not None:
        raise InvalidInput(
            f"{name} has a value of {len(long)} characters: at most {MAX_LIST_ITEM_CHARS}"
        )
    return items
