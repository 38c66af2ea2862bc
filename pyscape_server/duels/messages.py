"""The WebSocket messages of docs/api.md (seed 000's field names), as tagged Structs.

Client frames are parsed by :func:`parse`; a frame that is not a known, complete message raises
:class:`BadFrame` with a message that names the problem.
"""

from __future__ import annotations

from typing import Any

import msgspec


class ClientMessage(msgspec.Struct, tag_field="type", kw_only=True):
    """Base of client frames (unknown fields are ignored)."""


class Auth(ClientMessage, tag="auth"):
    token: str


class JoinQueue(ClientMessage, tag="join-queue"):
    #: beginner/intermediate/advanced or easy/medium/hard
    difficulty: str
    language: str


class LeaveQueue(ClientMessage, tag="leave-queue"):
    pass


class CodeSubmit(ClientMessage, tag="code-submit"):
    duel_id: str
    code: str


class Forfeit(ClientMessage, tag="forfeit"):
    duel_id: str


class SendMessage(ClientMessage, tag="send-message"):
    duel_id: str
    message: str


class Ping(ClientMessage, tag="ping"):
    pass


CLIENT_TYPES: dict[str, type[ClientMessage]] = {
    kind.__struct_config__.tag: kind  # type: ignore[misc]
    for kind in (Auth, JoinQueue, LeaveQueue, CodeSubmit, Forfeit, SendMessage, Ping)
}


class BadFrame(ValueError):
    """A client frame that is not a valid message; ``kind`` is its ``type`` when known."""

    def __init__(self, message: str, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


def parse(text: str | bytes) -> ClientMessage:
    try:
        data = msgspec.json.decode(text)
    except msgspec.DecodeError:
        raise BadFrame("Frames must be JSON text: this one is not valid JSON") from None
    except RecursionError:
        raise BadFrame("The frame is nested too deeply") from None
    if not isinstance(data, dict):
        raise BadFrame('Frames must be JSON objects with a "type" field')
    kind = data.get("type")
    if not isinstance(kind, str):
        raise BadFrame('The frame has no "type" field (a string)')
    message_type = CLIENT_TYPES.get(kind)
    if message_type is None:
        known = ", ".join(CLIENT_TYPES)
        raise BadFrame(f"Unknown message type {kind!r}: use one of {known}", kind)
    try:
        return msgspec.convert(data, message_type)
    except msgspec.ValidationError as e:
        raise BadFrame(f"Invalid {kind!r} frame: {_describe(e)}", kind) from None


def _describe(error: msgspec.ValidationError) -> str:
    text = str(error)
    if text.startswith("Object missing required field"):
        return "missing field " + text.removeprefix("Object missing required field ")
    return text.replace("`$.", "`").replace("`$`", "the frame")


# ---------------------------------------------------------------------------- server frames


class ServerMessage(msgspec.Struct, tag_field="type", kw_only=True):
    """Base of server frames."""


class AuthOk(ServerMessage, tag="auth-ok"):
    id: str
    username: str
    rating: int


class Queued(ServerMessage, tag="queued"):
    difficulty: str
    language: str
    rating: int
    #: Players waiting in the queue, this one included.
    queue_size: int


class Opponent(msgspec.Struct, kw_only=True):
    id: str
    username: str
    level: int
    rating: int


class DuelProblem(msgspec.Struct, kw_only=True):
    id: str
    slug: str
    title: str
    description: str
    difficulty: str
    language: str
    starter_code: str
    examples: list[Any]
    total_tests: int
    time_limit_seconds: int


class Progress(msgspec.Struct, kw_only=True):
    passed_tests: int
    total_tests: int
    #: ``solving``, ``solved`` (or ``waiting`` before the first submission)
    status: str


class MatchFound(ServerMessage, tag="match-found"):
    duel_id: str
    opponent: Opponent
    problem: DuelProblem
    language: str
    starts_at: str
    ends_at: str
    #: Set when this is the state of an unfinished duel sent again after ``auth``.
    resumed: bool = False
    self_progress: Progress | None = None
    opponent_progress: Progress | None = None


class CodeResult(ServerMessage, tag="code-result"):
    duel_id: str
    player: str
    status: str
    passed_tests: int
    total_tests: int
    xp_earned: int
    runtime_ms: int
    compile_error: str | None = None
    runtime_error: str | None = None


class LeftQueue(ServerMessage, tag="left-queue"):
    """The answer to ``leave-queue``."""

    #: Whether the player was in the queue (``false``: nothing to leave, matched or not queued).
    was_queued: bool


class OpponentProgress(ServerMessage, tag="opponent-progress"):
    duel_id: str
    opponent: str
    passed_tests: int
    total_tests: int
    status: str


class PlayerSummary(msgspec.Struct, kw_only=True):
    username: str
    passed_tests: int
    total_tests: int
    #: Whole seconds from the start to the player's best submission; ``null`` without a
    #: passing test.
    time_seconds: int | None
    outcome: str
    rating: int


class DuelComplete(ServerMessage, tag="duel-complete"):
    duel_id: str
    #: The winner's username; ``null`` for a draw.
    winner: str | None
    #: ``solved``, ``time_limit``, ``forfeit``, ``disconnect`` or ``server_restart``
    reason: str
    player1: PlayerSummary
    player2: PlayerSummary
    #: XP the receiving player earned.
    xp_earned: int


class ReceiveMessage(ServerMessage, tag="receive-message", rename={"sender": "from"}):
    duel_id: str
    sender: str
    message: str
    timestamp: str


class Pong(ServerMessage, tag="pong"):
    timestamp: str


class Error(ServerMessage, tag="error"):
    code: str
    error: str
    status: int
    #: The ``type`` of the frame this answers, when known.
    message_type: str | None = None


def whole_seconds(seconds: float | None) -> int | None:
    """A duration as the frames carry it: whole seconds (rounded), or ``null``."""
    return None if seconds is None else round(seconds)


def encode(message: ServerMessage) -> str:
    return msgspec.json.encode(message).decode()
