"""The WebSocket endpoint (port 8080, path ``/``): authentication, then frames to the engine.

Each socket has one writer task draining an outbox, so frames leave in the order the engine
queued them and the engine never waits on a slow client.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from litestar import WebSocket, websocket

from pyscape_server.accounts.service import CurrentUser
from pyscape_server.duels import messages as m
from pyscape_server.duels.gate import (
    AUTH_TIMEOUT,
    TOO_MANY_FOR_USER,
    TOO_MANY_FRAMES,
    TOO_MANY_FROM_ADDRESS,
    UNAUTHORIZED,
    Gate,
)
from pyscape_server.errors import AppError
from pyscape_server.proxies import client_host

log = logging.getLogger(__name__)

#: Close code of a socket that sent a frame over the size limit (RFC 6455 "message too big").
TOO_BIG = 1009
_CLOSE = object()


class SocketClient:
    """The engine's handle on one socket: ``send`` and ``close`` only queue."""

    def __init__(self, socket: WebSocket[Any, Any, Any]) -> None:
        self.socket = socket
        self.user: CurrentUser | None = None  # type: ignore[assignment]
        self._outbox: asyncio.Queue[Any] = asyncio.Queue()
        self.closed = False

    def send(self, message: m.ServerMessage) -> None:
        if not self.closed:
            self._outbox.put_nowait(m.encode(message))

    def close(self, code: int, reason: str) -> None:
        if not self.closed:
            self.closed = True
            self._outbox.put_nowait((_CLOSE, code, reason))

    async def write(self) -> None:
        try:
            while True:
                item = await self._outbox.get()
                if isinstance(item, tuple):
                    await self.socket.close(code=item[1], reason=item[2])
                    return
                await self.socket.send_data(item)
        except Exception as e:  # the peer is gone: nothing more to send
            log.debug("socket write stopped: %r", e)
            self.closed = True


@websocket("/", name="duels")
async def duel_socket(socket: WebSocket[Any, Any, Any]) -> None:
    """``auth`` first (else ``error`` and close 4401), then every message of docs/websocket.md;
    the gate's caps close the socket with their own codes (gate.py)."""
    runtime = socket.app.state["runtime"]
    engine = runtime.duel_front
    gate: Gate = runtime.gate
    settings = runtime.settings
    address = client_host(socket.scope)
    await socket.accept()
    client = SocketClient(socket)
    writer = asyncio.create_task(client.write())
    opened = gate.open(address)
    entered = False
    limit = settings.max_body_bytes
    try:
        if not opened:
            _refuse(
                client,
                f"Too many connections from your address (at most {settings.ws_max_per_ip})",
                TOO_MANY_FROM_ADDRESS,
                code="RATE_LIMITED",
            )
            return
        user = await _authenticate(socket, client, runtime, address)
        if user is None:
            return
        client.user = user
        entered = gate.enter(client)
        if not entered:
            _refuse(
                client,
                f"Too many connections of this user (at most {settings.ws_max_per_user})",
                TOO_MANY_FOR_USER,
                code="RATE_LIMITED",
            )
            return
        await engine.connect(client)
        rate = gate.frame_rate()
        while not client.closed:
            event = await socket.receive()
            if event["type"] == "websocket.disconnect":
                break
            if not rate.allow():
                _refuse(
                    client,
                    f"Too many frames: at most {settings.ws_frames_per_second:g} a second",
                    TOO_MANY_FRAMES,
                    code="RATE_LIMITED",
                )
                break
            payload = _payload(event)
            if len(payload) > limit:
                _too_big(client, len(payload), limit)
                break
            try:
                message = m.parse(payload)
            except m.BadFrame as e:
                client.send(
                    m.Error(code="INVALID_INPUT", error=str(e), status=400, message_type=e.kind)
                )
                continue
            await engine.handle(client, message)
    finally:
        if entered:
            gate.leave(client)
            engine.disconnect(client)
        if opened:
            gate.closed(address)
        client.close(1000, "")
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer, timeout=5)


async def _authenticate(
    socket: WebSocket[Any, Any, Any], client: SocketClient, runtime: Any, address: str
) -> CurrentUser | None:
    """The user of the first frame, or ``None`` after an ``error`` and a close."""
    timeout = runtime.settings.ws_auth_seconds
    try:
        event = await asyncio.wait_for(socket.receive(), timeout=timeout)
    except TimeoutError:
        return _refuse(client, f"No auth frame within {timeout:g} s", AUTH_TIMEOUT)
    if event["type"] == "websocket.disconnect":
        return None
    payload = _payload(event)
    if len(payload) > runtime.settings.max_body_bytes:
        _too_big(client, len(payload), runtime.settings.max_body_bytes)
        return None
    try:
        message = m.parse(payload)
    except m.BadFrame as e:
        reason = f"The first frame must be auth: {e}"
    else:
        if isinstance(message, m.Auth):
            try:
                return await runtime.accounts.authenticate(f"Bearer {message.token}")
            except AppError as e:
                reason = e.message
        else:
            reason = 'The first frame must be {"type": "auth", "token": "<jwt>"}'
    await runtime.gate.failed_auth(address)
    return _refuse(client, reason, UNAUTHORIZED)


def _refuse(
    client: SocketClient, reason: str, close_code: int, *, code: str = "UNAUTHORIZED"
) -> None:
    status = 429 if code == "RATE_LIMITED" else 401
    client.send(m.Error(code=code, error=reason, status=status, message_type="auth"))
    client.close(close_code, reason[:120])
    return None


def _too_big(client: SocketClient, size: int, limit: int) -> None:
    error = f"Frame too large: {size} bytes, the limit is {limit} bytes"
    client.send(m.Error(code="INVALID_INPUT", error=error, status=413))
    client.close(TOO_BIG, "frame too large")


def _payload(event: Any) -> str | bytes:
    text = event.get("text")
    return text if text is not None else event.get("bytes") or b""
