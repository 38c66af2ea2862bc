"""The duel leader's side of the relay (relay.py): one term of office of one replica.

The engine runs here unchanged. Socket events of every gateway arrive on one Redis channel;
each socket gets a :class:`RemoteClient` and a worker that feeds the engine its events in
order, as socket.py does for a local socket. What the engine sends to a client is published,
in the order it was queued, to the channel of the gateway holding the socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from pyscape_server.accounts.service import CurrentUser
from pyscape_server.duels import messages as m
from pyscape_server.duels import wire
from pyscape_server.duels.engine import DuelEngine

log = logging.getLogger(__name__)

#: Deliveries published in one pipeline at most.
BATCH = 256


class RemoteClient:
    """The engine's handle on a socket of some gateway: ``send`` and ``close`` only queue."""

    def __init__(self, user: CurrentUser, gateway: str, conn: str, term: LeaderTerm) -> None:
        self.user = user
        self.gateway = gateway
        self.conn = conn
        self._term = term
        self.closed = False

    def send(self, message: m.ServerMessage) -> None:
        if not self.closed:
            self._term.post(self.gateway, wire.Delivery(conn=self.conn, frame=message))

    def close(self, code: int, reason: str) -> None:
        if not self.closed:
            self.closed = True
            self._term.post(self.gateway, wire.Delivery(conn=self.conn, close=(code, reason)))


@dataclass(eq=False)
class _Socket:
    client: RemoteClient
    inbox: asyncio.Queue[wire.Event] = field(default_factory=asyncio.Queue)
    worker: asyncio.Task[None] | None = None


class LeaderTerm:
    """A fresh engine fed by every gateway's socket events while this replica holds the lease.

    :attr:`failed` is set when Redis fails under it: the term must end.
    """

    def __init__(self, redis: Redis, names: wire.Names, engine: DuelEngine, leader: str) -> None:
        self.redis = redis
        self.names = names
        self.engine = engine
        self.leader = leader
        self.failed = asyncio.Event()
        self._sockets: dict[str, _Socket] = {}
        self._outbox: asyncio.Queue[tuple[str, bytes]] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._pubsub: Any = None

    async def start(self) -> None:
        """Take over the duels left active, listen to the gateways, announce the new leader."""
        await self.engine.start(resume=True)
        self._pubsub = self.redis.pubsub()
        await self._pubsub.subscribe(self.names.to_leader)
        self._tasks = [
            asyncio.create_task(self._guard(self._listen())),
            asyncio.create_task(self._guard(self._publish())),
        ]
        await self.redis.publish(self.names.new_leader, self.leader)

    async def stop(self) -> None:
        """Stop listening first (gateways then see no leader rather than a deaf one), then the
        engine (its duels stay active for the next leader) and every task."""
        await _cancel(self._tasks[:1])
        if self._pubsub is not None:
            with contextlib.suppress(RedisError):
                await self._pubsub.aclose()
        await _cancel([*self._tasks, *(s.worker for s in self._sockets.values() if s.worker)])
        await self.engine.stop()

    def post(self, gateway: str, delivery: wire.Delivery) -> None:
        self._outbox.put_nowait((gateway, wire.encode(delivery)))

    async def _guard(self, work: Any) -> None:
        try:
            await work
        except RedisError as e:
            log.error("the duel leader lost Redis: %s", e)
            self.failed.set()

    async def _listen(self) -> None:
        async for message in self._pubsub.listen():
            if message["type"] == "message":
                self._receive(wire.EVENTS.decode(message["data"]))
        raise RedisError("the subscription to the gateways ended")

    def _receive(self, event: wire.Event) -> None:
        socket = self._sockets.get(event.conn)
        if socket is None:
            if event.kind == "disconnect":
                return
            # a socket this term does not know yet (it just took office): take it on
            client = RemoteClient(event.user, event.gateway, event.conn, self)
            socket = self._sockets[event.conn] = _Socket(client)
            socket.worker = asyncio.create_task(self._serve(socket))
        if event.kind != "connect":
            socket.inbox.put_nowait(event)

    async def _serve(self, socket: _Socket) -> None:
        """Feed the engine one socket's events in order, as socket.py does for its own."""
        client = socket.client
        try:
            await self.engine.connect(client)
            while True:
                event = await socket.inbox.get()
                if event.kind == "disconnect":
                    self.engine.disconnect(client)
                    return
                if event.frame is not None:
                    await self.engine.handle(client, event.frame)
        except Exception:
            log.exception("serving socket %s of user %s failed", client.conn, client.user.id)
            self.engine.disconnect(client)
            client.close(1011, "internal error")
        finally:
            self._sockets.pop(client.conn, None)

    async def _publish(self) -> None:
        """Deliveries in the order they were queued, pipelined; a gateway that no longer
        listens (0 receivers) is gone: its sockets are disconnected."""
        while True:
            batch = [await self._outbox.get()]
            while not self._outbox.empty() and len(batch) < BATCH:
                batch.append(self._outbox.get_nowait())
            async with self.redis.pipeline(transaction=False) as pipe:
                for gateway, data in batch:
                    pipe.publish(self.names.to_gateway(gateway), data)
                counts = await pipe.execute()
            gone = {gateway for (gateway, _), count in zip(batch, counts, strict=True) if not count}
            for gateway in gone:
                self._gateway_gone(gateway)

    def _gateway_gone(self, gateway: str) -> None:
        for socket in list(self._sockets.values()):
            if socket.client.gateway == gateway and not socket.client.closed:
                log.warning(
                    "gateway %s is gone: socket %s disconnected", gateway, socket.client.conn
                )
                socket.client.closed = True
                socket.inbox.put_nowait(
                    wire.Event(
                        kind="disconnect",
                        gateway=gateway,
                        conn=socket.client.conn,
                        user=socket.client.user,
                    )
                )


async def _cancel(tasks: list[asyncio.Task[None]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
