"""The duel engine: the parts of a duel server wired together, and the one table that says
which part answers which client frame.

* connections.py: who is connected (one socket per user);
* lobby.py: ``join-queue``/``leave-queue`` and the matchmaking loop;
* referee.py: the duels in progress, their timers (time limit, reconnection grace), their end;
* judging.py: ``code-submit``;
* chat.py: ``send-message``.

Everything runs on the event loop; the socket layer (socket.py, or remote.py on the duel leader
of replicas) hands it authenticated clients and parsed messages, and it answers by queueing
frames on the clients. A new client frame is one message Struct (messages.py) and one entry
in :attr:`DuelEngine.handlers`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Database
from pyscape_server.db import duels as queries
from pyscape_server.duels import messages as m
from pyscape_server.duels import ratings
from pyscape_server.duels.chat import Chat
from pyscape_server.duels.connections import Connections
from pyscape_server.duels.judging import DuelJudging
from pyscape_server.duels.lobby import Lobby
from pyscape_server.duels.referee import Referee
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.duels.state import Client, error_frame, match_found
from pyscape_server.duels.timers import Tasks
from pyscape_server.errors import AppError, InvalidInput
from pyscape_server.judging import Judging
from pyscape_server.problems.catalog import Catalog

log = logging.getLogger(__name__)

Handler = Callable[[Client, Any], Awaitable[None]]


class DuelEngine:
    def __init__(
        self,
        settings: DuelSettings,
        *,
        db: Database,
        clock: Clock,
        judge: Judging,
        catalog: Catalog,
        max_code_bytes: int,
    ) -> None:
        self.settings = settings
        self.db = db
        self.clock = clock
        self.tasks = Tasks()
        self.connections = Connections()
        self.referee = Referee(
            settings,
            db=db,
            clock=clock,
            catalog=catalog,
            connections=self.connections,
            tasks=self.tasks,
        )
        self.lobby = Lobby(
            settings,
            db=db,
            clock=clock,
            catalog=catalog,
            connections=self.connections,
            referee=self.referee,
        )
        self.judging = DuelJudging(
            judge,
            db=db,
            connections=self.connections,
            referee=self.referee,
            tasks=self.tasks,
            max_code_bytes=max_code_bytes,
        )
        self.chat = Chat(clock=clock, connections=self.connections, referee=self.referee)
        #: Which part answers which client frame.
        self.handlers: dict[type[m.ClientMessage], Handler] = {
            m.Ping: self._pong,
            m.JoinQueue: self.lobby.join,
            m.LeaveQueue: self.lobby.leave,
            m.CodeSubmit: self.judging.submit,
            m.Forfeit: self.referee.forfeit,
            m.SendMessage: self.chat.send,
            m.Auth: _authenticated_already,
        }
        self._matcher: asyncio.Task[None] | None = None

    async def start(self, *, resume: bool = False) -> None:
        """Settle (or with ``resume``, carry on) the duels left active; start matching."""
        await self.referee.start(resume=resume)
        self._matcher = asyncio.create_task(self.lobby.match_forever())

    async def stop(self) -> None:
        """Stop timers and tasks; duels still active are settled by the next :meth:`start`."""
        self.referee.stop()
        if self._matcher is not None:
            self._matcher.cancel()
            await asyncio.gather(self._matcher, return_exceptions=True)
        await self.tasks.stop()

    @property
    def active_duels(self) -> int:
        return self.referee.active

    @property
    def queue(self) -> Any:
        return self.lobby.queue

    async def connect(self, client: Client) -> None:
        """A client authenticated: ``auth-ok``, then the state of its unfinished duel."""
        user = client.user
        self.connections.add(client)
        async with self.db.read() as conn:
            rating = (await queries.ratings(conn, [user.id])).get(user.id)
        client.send(m.AuthOk(id=user.id, username=user.username, rating=ratings.display(rating)))
        duel = self.referee.duel_of(user.id)
        if duel is not None:
            self.referee.back(duel, user.id)
            client.send(match_found(duel, user.id, resumed=True))

    def disconnect(self, client: Client) -> None:
        """A socket closed: its queue entry goes; its duel waits ``reconnect_seconds``."""
        if not self.connections.remove(client):
            return  # replaced by a newer connection
        user_id = client.user.id
        self.lobby.forget(user_id)
        duel = self.referee.duel_of(user_id)
        if duel is not None:
            self.referee.start_grace(duel, user_id)

    async def handle(self, client: Client, message: m.ClientMessage) -> None:
        """Answer one parsed message; errors become ``error`` frames (the socket stays open)."""
        kind = type(message).__struct_config__.tag
        try:
            await self.handlers[type(message)](client, message)
        except AppError as e:
            client.send(error_frame(e, kind))
        except Exception:
            log.exception("handling %s of user %s failed", kind, client.user.id)
            client.send(
                m.Error(
                    code="INTERNAL_ERROR", error="Internal error", status=500, message_type=kind
                )
            )

    async def _pong(self, client: Client, message: m.Ping) -> None:
        client.send(m.Pong(timestamp=timestamp(self.clock.now())))


async def _authenticated_already(client: Client, message: m.Auth) -> None:
    raise InvalidInput("Already authenticated: send auth only once")
