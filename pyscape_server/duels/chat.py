"""Chat between the two players of a duel."""

from __future__ import annotations

from pyscape_server.clock import Clock, timestamp
from pyscape_server.duels import messages as m
from pyscape_server.duels.connections import Connections
from pyscape_server.duels.referee import Referee
from pyscape_server.duels.state import Client
from pyscape_server.errors import InvalidInput

MAX_CHAT_CHARS = 500


class Chat:
    def __init__(self, *, clock: Clock, connections: Connections, referee: Referee) -> None:
        self.clock = clock
        self.connections = connections
        self.referee = referee

    async def send(self, client: Client, message: m.SendMessage) -> None:
        """``receive-message`` to both players (the sender sees it was delivered)."""
        duel, seat = self.referee.seat(client, message.duel_id)
        if not message.message.strip():
            raise InvalidInput("The message is empty")
        if len(message.message) > MAX_CHAT_CHARS:
            raise InvalidInput(
                f"Messages are at most {MAX_CHAT_CHARS} characters, "
                f"this one has {len(message.message)}"
            )
        frame = m.ReceiveMessage(
            duel_id=duel.id,
            sender=seat.username,
            message=message.message,
            timestamp=timestamp(self.clock.now()),
        )
        for player in duel.seats:
            self.connections.send(player.user_id, frame)
