"""Rate limits (seed 000): per authenticated user and per IP address, fixed windows, in memory.

Every request counts against its IP's window and, when it carries a valid token, its user's.
Every response carries ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` (epoch seconds) for the tighter of the two; past a limit the answer is
429 with ``Retry-After``, in the route family's error format.

:class:`RateLimitMiddleware` wraps the whole REST app, outside routing, so that unknown
routes and errors are counted and carry the headers too.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import msgspec
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from pyscape_server.accounts.tokens import bearer_token
from pyscape_server.errors import RateLimited, family_of, render
from pyscape_server.proxies import client_host

#: Forget finished windows every this many requests.
PRUNE_EVERY = 1000


class Quota(msgspec.Struct, frozen=True):
    """Where one client stands in its current window."""

    limit: int
    remaining: int
    #: Epoch second at which the window resets.
    reset: int
    exceeded: bool
    #: Seconds until the window resets (``Retry-After`` once exceeded).
    retry_after: int


class _Window:
    __slots__ = ("count", "ends")

    def __init__(self, ends: float) -> None:
        self.ends = ends
        self.count = 0


class Limit:
    """``limit`` requests per ``window`` seconds per key, in fixed windows."""

    def __init__(self, limit: int, window: int, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._windows: dict[str, _Window] = {}

    def hit(self, key: str) -> Quota:
        now = self._clock()
        window = self._windows.get(key)
        if window is None or window.ends <= now:  # a window starts with its first request
            window = self._windows[key] = _Window(now + self.window)
        window.count += 1
        return Quota(
            limit=self.limit,
            remaining=max(self.limit - window.count, 0),
            reset=math.ceil(window.ends),
            exceeded=window.count > self.limit,
            retry_after=max(1, math.ceil(window.ends - now)),
        )

    def prune(self) -> None:
        now = self._clock()
        for key in [k for k, w in self._windows.items() if w.ends <= now]:
            del self._windows[key]


class RateLimiter:
    """The two limits of docs/api.md; thread-safe."""

    def __init__(
        self,
        *,
        user_limit: int,
        user_window: int,
        ip_limit: int,
        ip_window: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.clock = clock
        self.users = Limit(user_limit, user_window, clock)
        self.ips = Limit(ip_limit, ip_window, clock)
        self._lock = threading.Lock()
        self._hits = 0

    def hit(self, ip: str, user: str | None) -> Quota:
        """Count one request; the quota to report (the exceeded one, else the tighter)."""
        with self._lock:
            self._hits += 1
            if self._hits % PRUNE_EVERY == 0:
                self.users.prune()
                self.ips.prune()
            quotas = [self.ips.hit(ip)]
            if user is not None:
                quotas.append(self.users.hit(user))
        exceeded = [q for q in quotas if q.exceeded]
        if exceeded:
            return max(exceeded, key=lambda q: q.reset)
        return min(quotas, key=lambda q: (q.remaining, -q.reset))


def headers(quota: Quota) -> list[tuple[bytes, bytes]]:
    return [
        (b"x-ratelimit-limit", str(quota.limit).encode()),
        (b"x-ratelimit-remaining", str(quota.remaining).encode()),
        (b"x-ratelimit-reset", str(quota.reset).encode()),
    ]


class RateLimitMiddleware:
    """ASGI middleware applying a :class:`RateLimiter` to HTTP requests."""

    def __init__(
        self,
        app: ASGIApp,
        limiter: RateLimiter,
        user_of: Callable[[str], str | None],
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.user_of = user_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_headers = dict(scope.get("headers") or [])
        quota = self.limiter.hit(client_host(scope), self._user(request_headers))
        extra = headers(quota)
        if quota.exceeded:
            retry = quota.retry_after
            error = RateLimited(f"Rate limit exceeded: try again in {retry} s")
            status, body = render(error, family_of(scope["path"]))
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                        (b"retry-after", str(retry).encode()),
                        *extra,
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _user(self, request_headers: dict[bytes, bytes]) -> str | None:
        token = bearer_token(request_headers.get(b"authorization", b"").decode("latin-1"))
        return self.user_of(token) if token else None
