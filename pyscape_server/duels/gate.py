"""Who may hold a socket on the WebSocket port, and for how long.

* connections per client address and per user (``ws_max_per_ip``, ``ws_max_per_user``);
* failed ``auth`` frames from one address: the first ``ws_auth_failures_free`` a minute are
  answered at once, each further one ``ws_auth_failure_delay_s`` later than the one before
  (at most :data:`MAX_AUTH_DELAY_S`);
* frames per socket (:class:`FrameRate`, a token bucket);
* sessions logged out: every ``ws_session_check_seconds`` the sessions of this process's
  sockets are looked up, and the sockets of a revoked one are closed. Each replica checks its
  own sockets against the shared database, so a logout closes them on every replica.

Each refusal closes the socket with its own code (docs/websocket.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter, deque
from typing import TYPE_CHECKING

from pyscape_server.db import Database
from pyscape_server.db import accounts as queries
from pyscape_server.duels import messages as m
from pyscape_server.settings import Settings

if TYPE_CHECKING:
    from pyscape_server.duels.state import Client

log = logging.getLogger(__name__)

#: The first frame is not a valid ``auth``, or the session was logged out.
UNAUTHORIZED = 4401
#: No ``auth`` frame within ``ws_auth_seconds``.
AUTH_TIMEOUT = 4408
#: More frames than ``ws_frames_per_second`` allows.
TOO_MANY_FRAMES = 4429
#: ``ws_max_per_ip`` sockets are open from this address already.
TOO_MANY_FROM_ADDRESS = 4430
#: ``ws_max_per_user`` sockets of this user are open already.
TOO_MANY_FOR_USER = 4431
#: Longest wait before a failed ``auth`` is answered.
MAX_AUTH_DELAY_S = 5.0
#: The window failed ``auth`` frames are counted in.
FAILURE_WINDOW_S = 60.0


class FrameRate:
    """A token bucket: ``rate`` frames a second on average, ``burst`` at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._last = time.monotonic()

    def allow(self) -> bool:
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


class Gate:
    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db
        self._by_address: Counter[str] = Counter()
        self._by_user: dict[str, set[Client]] = {}
        self._failures: dict[str, deque[float]] = {}
        self._watcher: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._watcher = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            await asyncio.gather(self._watcher, return_exceptions=True)

    # ----------------------------------------------------------------------- counting

    def open(self, address: str) -> bool:
        """A socket from ``address`` opens: ``False`` (and not counted) past the cap."""
        if self._by_address[address] >= self.settings.ws_max_per_ip:
            return False
        self._by_address[address] += 1
        return True

    def open_from(self, address: str) -> int:
        """How many sockets from ``address`` are open."""
        return self._by_address.get(address, 0)

    def closed(self, address: str) -> None:
        self._by_address[address] -= 1
        if self._by_address[address] <= 0:
            del self._by_address[address]

    def enter(self, client: Client) -> bool:
        """``client`` authenticated: ``False`` (and not counted) past its user's cap."""
        sockets = self._by_user.setdefault(client.user.id, set())
        if len(sockets) >= self.settings.ws_max_per_user:
            return False
        sockets.add(client)
        return True

    def leave(self, client: Client) -> None:
        sockets = self._by_user.get(client.user.id)
        if sockets is not None:
            sockets.discard(client)
            if not sockets:
                del self._by_user[client.user.id]

    def frame_rate(self) -> FrameRate:
        return FrameRate(self.settings.ws_frames_per_second, self.settings.ws_frame_burst)

    # -------------------------------------------------------------------- failed auths

    async def failed_auth(self, address: str) -> None:
        """Count a failed ``auth`` from ``address`` and wait as long as its failures earn."""
        now = time.monotonic()
        failures = self._failures.setdefault(address, deque())
        while failures and failures[0] < now - FAILURE_WINDOW_S:
            failures.popleft()
        failures.append(now)
        excess = len(failures) - self.settings.ws_auth_failures_free
        if excess > 0:
            delay = min(MAX_AUTH_DELAY_S, excess * self.settings.ws_auth_failure_delay_s)
            log.info("failed auth %d from %s: answered in %.1f s", len(failures), address, delay)
            await asyncio.sleep(delay)
        if len(self._failures) > 10_000:  # forget the quiet addresses
            for key in [k for k, v in self._failures.items() if v[-1] < now - FAILURE_WINDOW_S]:
                del self._failures[key]

    # -------------------------------------------------------------------------- logout

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.settings.ws_session_check_seconds)
            try:
                await self.close_revoked()
            except Exception:
                log.exception("checking the sockets' sessions failed")

    async def close_revoked(self) -> None:
        """Close (4401) every socket whose session was logged out."""
        by_session: dict[str, list[Client]] = {}
        for sockets in self._by_user.values():
            for client in sockets:
                by_session.setdefault(client.user.session_id, []).append(client)
        if not by_session:
            return
        async with self.db.read() as conn:
            revoked = await queries.revoked_among(conn, list(by_session))
        for session_id in revoked:
            for client in by_session[session_id]:
                log.info("user %s logged out: closing a socket", client.user.id)
                with contextlib.suppress(Exception):
                    client.send(
                        m.Error(
                            code="UNAUTHORIZED",
                            error="You logged out: sign in again",
                            status=401,
                        )
                    )
                client.close(UNAUTHORIZED, "logged out")
                self.leave(client)
