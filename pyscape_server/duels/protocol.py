"""The duel WebSocket protocol as data: its frames (both directions) and its close codes.

docs/websocket.md tells it in words; :func:`describe` gives the same as the ``x-websocket``
extension of the OpenAPI document at ``/schema`` (frame schemas made from
:mod:`~pyscape_server.duels.messages`), so that a client generator sees it beside the REST API.
"""

from __future__ import annotations

from typing import Any

import msgspec

from pyscape_server.duels import messages as m
from pyscape_server.duels.connections import REPLACED
from pyscape_server.duels.gate import (
    AUTH_TIMEOUT,
    TOO_MANY_FOR_USER,
    TOO_MANY_FRAMES,
    TOO_MANY_FROM_ADDRESS,
    UNAUTHORIZED,
)
from pyscape_server.duels.socket import TOO_BIG
from pyscape_server.settings import Settings

#: Close code of the duel sockets of a replica that lost Redis (reconnect, maybe elsewhere);
#: here rather than in relay.py, which imports redis.
RELAY_LOST = 4503
#: Where the extension's frame schemas live in the OpenAPI document.
SCHEMAS_AT = "#/x-websocket/schemas/"


class CloseCode(msgspec.Struct, kw_only=True, omit_defaults=True):
    code: int
    #: Why the server closes with it.
    reason: str
    #: The environment setting that governs it, if any.
    setting: str | None = None


#: Every close code the server uses (the ``error`` frame before it says why).
CLOSE_CODES = (
    CloseCode(code=1000, reason="normal close"),
    CloseCode(
        code=TOO_BIG,
        reason="a frame over the size limit (4 x the code limit + 64 KiB)",
        setting="PYSCAPE_MAX_CODE_BYTES",
    ),
    CloseCode(
        code=UNAUTHORIZED,
        reason="the first frame is not a valid auth, or the session logged out",
        setting="PYSCAPE_WS_SESSION_CHECK_SECONDS",
    ),
    CloseCode(code=AUTH_TIMEOUT, reason="no auth frame in time", setting="PYSCAPE_WS_AUTH_SECONDS"),
    CloseCode(code=REPLACED, reason="replaced by a newer socket of the same user"),
    CloseCode(
        code=TOO_MANY_FRAMES,
        reason="more frames than allowed (RATE_LIMITED)",
        setting="PYSCAPE_WS_FRAMES_PER_SECOND",
    ),
    CloseCode(
        code=TOO_MANY_FROM_ADDRESS,
        reason="too many sockets from this address (RATE_LIMITED)",
        setting="PYSCAPE_WS_MAX_PER_IP",
    ),
    CloseCode(
        code=TOO_MANY_FOR_USER,
        reason="too many sockets of this user (RATE_LIMITED)",
        setting="PYSCAPE_WS_MAX_PER_USER",
    ),
    CloseCode(code=RELAY_LOST, reason="the replica lost Redis: reconnect (maybe elsewhere)"),
)

#: Every frame a client may send, by ``type``.
CLIENT_FRAMES: dict[str, type[m.ClientMessage]] = m.CLIENT_TYPES
#: Every frame the server sends, by ``type``.
SERVER_FRAMES: dict[str, type[m.ServerMessage]] = {
    kind.__struct_config__.tag: kind  # type: ignore[misc]
    for kind in (
        m.AuthOk,
        m.Queued,
        m.LeftQueue,
        m.MatchFound,
        m.CodeResult,
        m.OpponentProgress,
        m.DuelComplete,
        m.ReceiveMessage,
        m.Pong,
        m.Error,
    )
}


def describe(settings: Settings) -> dict[str, Any]:
    """The protocol as the OpenAPI document's ``x-websocket`` extension."""
    client = list(CLIENT_FRAMES.values())
    server = list(SERVER_FRAMES.values())
    refs, schemas = msgspec.json.schema_components(
        [*client, *server], ref_template=SCHEMAS_AT + "{name}"
    )
    return {
        "url": f"ws://<host>:{settings.ws_port}/",
        "documentation": "docs/websocket.md",
        "description": (
            "JSON text frames, each an object with a `type`. The first frame is `auth` "
            "(within PYSCAPE_WS_AUTH_SECONDS); the server answers `auth-ok`. Before each close "
            "the server sends an `error` frame saying why."
        ),
        "client": dict(zip(CLIENT_FRAMES, refs[: len(client)], strict=True)),
        "server": dict(zip(SERVER_FRAMES, refs[len(client) :], strict=True)),
        "closeCodes": {
            str(c.code): {k: v for k, v in msgspec.to_builtins(c).items() if k != "code"}
            for c in CLOSE_CODES
        },
        "schemas": schemas,
    }
