"""Who is connected to the duel engine: one socket per user, a newer one replacing the older."""

from __future__ import annotations

from pyscape_server.duels import messages as m
from pyscape_server.duels.state import Client, error_frame
from pyscape_server.errors import Conflict

#: Close code of a socket replaced by a newer connection of the same user.
REPLACED = 4409


class Connections:
    def __init__(self) -> None:
        self._clients: dict[str, Client] = {}

    def add(self, client: Client) -> None:
        """``client`` is its user's socket now; the previous one is told and closed."""
        previous = self._clients.get(client.user.id)
        if previous is not None and previous is not client:
            previous.send(
                error_frame(Conflict("You connected again elsewhere: this socket closes"))
            )
            previous.close(REPLACED, "replaced by a newer connection")
        self._clients[client.user.id] = client

    def remove(self, client: Client) -> bool:
        """Forget ``client``; ``False`` when it was already replaced by a newer socket."""
        if self._clients.get(client.user.id) is not client:
            return False
        del self._clients[client.user.id]
        return True

    def current(self, client: Client) -> bool:
        """Whether ``client`` is still its user's socket."""
        return self._clients.get(client.user.id) is client

    def get(self, user_id: str) -> Client | None:
        return self._clients.get(user_id)

    def send(self, user_id: str, message: m.ServerMessage) -> None:
        """Queue ``message`` for ``user_id`` when connected (a closed socket misses it)."""
        client = self._clients.get(user_id)
        if client is not None:
            client.send(message)
