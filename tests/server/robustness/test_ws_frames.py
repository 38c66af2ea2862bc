"""hypothesis-generated frames against the duel socket: random JSON, text that is not JSON,
binary, wrong types in every message, huge frames. Each bad frame gets an ``error`` frame and the
socket stays open; a frame over the limit gets an ``error`` and close 1009; the server stays up.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from pyscape_server.duels.messages import CLIENT_TYPES
from tests.server.conftest import User, sign_up
from tests.server.duels.conftest import DuelServer

#: Required fields of each client message (all strings).
FIELDS = {
    kind: [f.name for f in msgspec.structs.fields(message) if f.required]
    for kind, message in CLIENT_TYPES.items()
}
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
NOT_STRINGS = st.none() | st.booleans() | st.integers() | st.floats() | st.lists(st.integers())


def _not_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return True
    return False


@st.composite
def wrong_types(draw: st.DrawFn) -> dict[str, Any]:
    """A known message with one required field of a wrong type (or missing)."""
    kind = draw(st.sampled_from([k for k, fields in FIELDS.items() if fields and k != "auth"]))
    frame: dict[str, Any] = {"type": kind, **{f: "x" for f in FIELDS[kind]}}
    field = draw(st.sampled_from(FIELDS[kind]))
    if draw(st.booleans()):
        del frame[field]
    else:
        frame[field] = draw(NOT_STRINGS)
    return frame


#: Frames that must each be answered by an ``error`` frame.
BAD_FRAMES = st.one_of(
    st.text().filter(_not_json),
    st.binary().filter(lambda b: _not_json(b.decode("utf-8", "replace"))),
    JSON.filter(lambda v: not isinstance(v, dict)).map(json.dumps),
    st.dictionaries(st.text(), JSON)
    .filter(lambda d: d.get("type") not in CLIENT_TYPES)
    .map(json.dumps),
    wrong_types().map(json.dumps),
    st.text(min_size=1)
    .filter(lambda t: t not in CLIENT_TYPES)
    .map(lambda t: json.dumps({"type": t})),
)


class Socket:
    """An authenticated duel socket (sync client)."""

    def __init__(self, live: DuelServer, user: User) -> None:
        self._stack = contextlib.ExitStack()
        self.ws: ClientConnection = self._stack.enter_context(
            connect(live.ws_url, max_size=None, open_timeout=30)
        )
        self.send({"type": "auth", "token": user.token})
        assert self.recv()["type"] == "auth-ok"

    def close(self) -> None:
        self._stack.close()

    def send(self, frame: dict[str, Any] | str | bytes) -> None:
        self.ws.send(json.dumps(frame) if isinstance(frame, dict) else frame)

    def recv(self, timeout: float = 30) -> dict[str, Any]:
        return json.loads(self.ws.recv(timeout=timeout))

    def answers_until_pong(self) -> list[dict[str, Any]]:
        """Every frame before the answer to a ping sent now (the socket is still usable)."""
        self.send({"type": "ping"})
        frames = []
        while (frame := self.recv())["type"] != "pong":
            frames.append(frame)
        return frames


@pytest.fixture(scope="module")
def user(duel_live: DuelServer) -> Iterator[User]:
    made = sign_up(duel_live, "frames")  # type: ignore[arg-type]
    yield made
    made.client.close()


@pytest.fixture(scope="module")
def sock(duel_live: DuelServer, user: User) -> Iterator[Socket]:
    s = Socket(duel_live, user)
    yield s
    s.close()


@given(frame=BAD_FRAMES)
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_bad_frame_gets_an_error_and_the_socket_stays_open(sock, frame):
    sock.send(frame)
    answers = sock.answers_until_pong()
    assert len(answers) == 1, answers
    error = answers[0]
    assert error["type"] == "error" and error["code"] == "INVALID_INPUT", error
    assert error["status"] == 400 and isinstance(error["error"], str) and error["error"]


@given(frame=st.sampled_from(sorted(CLIENT_TYPES)).flatmap(lambda k: _with_junk(k)))
@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_known_types_with_junk_values_never_break_the_socket(sock, frame):
    """Any value in any field: an answer of the protocol, never a dropped socket."""
    sock.send(json.dumps(frame))
    for answer in sock.answers_until_pong():
        assert answer["type"] in ("error", "queued", "left-queue"), answer
        if answer["type"] == "error":
            assert answer["code"] in ("INVALID_INPUT", "NOT_FOUND", "CONFLICT"), answer
    sock.send({"type": "leave-queue"})


def _with_junk(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    fields = {f: JSON for f in FIELDS[kind]}
    return st.fixed_dictionaries({"type": st.just(kind), **fields})


def test_deeply_nested_and_large_frames(duel_live):
    user = sign_up(duel_live, "huge")  # type: ignore[arg-type]
    sock = Socket(duel_live, user)
    sock.send("[" * 100_000)
    assert sock.answers_until_pong()[0]["code"] == "INVALID_INPUT"
    limit = duel_live.settings.max_body_bytes
    # large but under the limit: the engine's own code-size rule answers
    big = {"type": "code-submit", "duel_id": "none", "code": "x" * (limit - 1000)}
    sock.send(big)
    assert sock.answers_until_pong()[0]["type"] == "error"
    # over the limit: an error naming the limit, then close 1009
    other = Socket(duel_live, user)  # replaces ``sock``'s connection
    assert sock.recv()["code"] == "CONFLICT"
    other.send("x" * (limit + 1))
    error = other.recv()
    assert error["type"] == "error" and error["status"] == 413 and str(limit) in error["error"]
    with pytest.raises(ConnectionClosed) as closed:
        other.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
    # over uvicorn's own cap (16 MiB): the protocol closes with 1009 too
    third = Socket(duel_live, user)
    third.ws.send(b"x" * (17 * 1024 * 1024))
    with pytest.raises(ConnectionClosed) as closed:
        third.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
    for done in (sock, other, third):
        done.close()
    # the server is up: a new socket and REST both work
    fourth = Socket(duel_live, user)
    assert fourth.answers_until_pong() == []
    fourth.close()
    user.client.close()
    assert httpx.get(f"{duel_live.url}/health").status_code == 200
