"""Helpers shared by the query modules: rows to records, JSON columns."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

T = TypeVar("T")


def to_record(row: dict[str, Any] | None, kind: type[T]) -> T | None:
    """A row as a record Struct (0/1 become booleans, JSON columns are decoded by the caller)."""
    if row is None:
        return None
    return msgspec.convert(row, kind, strict=False)


def to_records(rows: list[dict[str, Any]], kind: type[T]) -> list[T]:
    return [msgspec.convert(row, kind, strict=False) for row in rows]


def dump_json(value: Any) -> str:
    return msgspec.json.encode(value).decode()


def load_json(text: str | None) -> Any:
    return None if text is None else msgspec.json.decode(text)
