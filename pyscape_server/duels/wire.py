"""What replicas say to each other about duels over Redis pub/sub: the Redis names and the
two envelopes (gateway -> leader, leader -> gateway). Used by relay.py and remote.py."""

from __future__ import annotations

from typing import Union

import msgspec

from pyscape_server.accounts.service import CurrentUser
from pyscape_server.duels import messages as m

#: Every client and every server frame (messages.py), so that envelopes carry them typed.
ClientFrame = Union[tuple(m.ClientMessage.__subclasses__())]  # type: ignore[valid-type]  # noqa: UP007
ServerFrame = Union[tuple(m.ServerMessage.__subclasses__())]  # type: ignore[valid-type]  # noqa: UP007


class Names:
    """The Redis names of one site: pub/sub channels ignore database numbers, so they carry
    the number of the URL's database (sites sharing a Redis use one database each)."""

    def __init__(self, db: int) -> None:
        base = f"pyscape:duels:{db}"
        #: The duel leader's lease (a Redis lock holding the leader's token).
        self.lease = f"{base}:leader-lease"
        #: Gateways -> the leader: every socket event of every replica.
        self.to_leader = f"{base}:to-leader"
        #: The leader -> every gateway: a new leader took office (gateways announce sockets).
        self.new_leader = f"{base}:new-leader"
        self._gateway = f"{base}:to-gateway:"

    def to_gateway(self, gateway: str) -> str:
        """The channel of one gateway (one replica): frames for its sockets."""
        return self._gateway + gateway


class Event(msgspec.Struct, kw_only=True, array_like=True):
    """A socket event on a gateway: ``connect``, ``message`` (with its parsed ``frame``) or
    ``disconnect``. It names the user so that a leader that does not know the socket yet (it
    just took office) can take it on."""

    kind: str
    gateway: str
    conn: str
    user: CurrentUser
    frame: ClientFrame | None = None


class Delivery(msgspec.Struct, kw_only=True, array_like=True):
    """For socket ``conn`` of a gateway: a server ``frame`` to send, or ``close`` it."""

    conn: str
    frame: ServerFrame | None = None
    close: tuple[int, str] | None = None


EVENTS = msgspec.json.Decoder(Event)
DELIVERIES = msgspec.json.Decoder(Delivery)
encode = msgspec.json.Encoder().encode
