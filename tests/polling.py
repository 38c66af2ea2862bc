"""The one way tests wait for something to happen: poll a condition, never sleep a guess.

``wait_until(lambda: server.started, "the server to start")`` returns the condition's first
true value, or fails the test naming what it waited for.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

T = TypeVar("T")
#: How often a condition is checked.
INTERVAL_S = 0.02


def wait_until(
    condition: Callable[[], T], what: str, timeout: float = 60, interval: float = INTERVAL_S
) -> T:
    """Poll ``condition`` until it returns something true; fail naming ``what`` after
    ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)
    return value


async def until(
    condition: Callable[[], T | Awaitable[T]],
    what: str,
    timeout: float = 60,
    interval: float = INTERVAL_S,
) -> T:
    """:func:`wait_until` inside an event loop; ``condition`` may be a coroutine function."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if asyncio.iscoroutine(value) or isinstance(value, asyncio.Future):
            value = await value
        if value:
            return value  # type: ignore[return-value]
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        await asyncio.sleep(interval)
