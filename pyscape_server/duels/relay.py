"""Duels across server replicas (``PYSCAPE_REDIS_URL`` set): what duel sockets talk to instead
of the engine.

Every replica is a gateway: it authenticates its sockets itself (the database is shared) and
publishes their events (connect, each parsed message, disconnect) to the duel leader over Redis
pub/sub. One replica at a time is the leader: it holds a lease (a Redis lock, renewed) and runs
the engine unchanged (remote.py). Another replica takes the lease when it lapses or is released,
carries on the duels left active, and every gateway announces its sockets to it again.

Frames keep their order per socket both ways: a gateway publishes a socket's events one after
the other (socket.py awaits each), the leader feeds each socket's events to the engine in
order and publishes its frames from one queue. A gateway that loses Redis closes its duel
sockets with :data:`RELAY_LOST`; clients reconnect and resume as after any disconnection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import LockError, RedisError

from pyscape_server.duels import messages as m
from pyscape_server.duels import wire
from pyscape_server.duels.engine import DuelEngine
from pyscape_server.duels.protocol import RELAY_LOST
from pyscape_server.duels.remote import LeaderTerm
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.duels.state import Client

log = logging.getLogger(__name__)

#: Lifetime of the leader's lease; renewed every third of it.
LEASE_SECONDS = 5.0
#: A replica without the lease tries to take it this often.
CANDIDATE_INTERVAL = 0.5


@dataclass(eq=False)
class _Local:
    """A socket of this gateway: its id in the relay, and what a new leader must be told."""

    conn: str
    client: Client
    #: ``auth-ok`` was delivered: the one a new leader answers an announcement with is not.
    greeted: bool = False
    #: The last ``join-queue`` not yet matched: sent again to a new leader (the queue was lost).
    join: m.JoinQueue | None = None


class DuelRelay:
    """The gateway of this replica, and its candidacy for the duel leader's lease."""

    def __init__(
        self,
        url: str,
        settings: DuelSettings,
        new_engine: Callable[[], DuelEngine],
        *,
        lease_seconds: float = LEASE_SECONDS,
    ) -> None:
        self.settings = settings
        self.id = uuid.uuid4().hex
        self.redis = Redis.from_url(url)
        self.names = wire.Names(self.redis.connection_pool.connection_kwargs.get("db", 0))
        self.lease_seconds = lease_seconds
        self._new_engine = new_engine
        self._locals: dict[str, _Local] = {}
        self._conn_of: dict[Client, str] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loops: list[asyncio.Task[None]] = []
        self.term: LeaderTerm | None = None

    @property
    def leading(self) -> bool:
        """Whether this replica is the duel leader now."""
        return self.term is not None

    async def start(self) -> None:
        """Listen for this gateway's frames (Redis must answer), then stand for leader."""
        pubsub = await self._subscribe()
        self._loops = [
            asyncio.create_task(self._listen(pubsub)),
            asyncio.create_task(self._stand()),
        ]
        log.info("duels relayed over Redis: gateway %s", self.id)

    async def stop(self) -> None:
        """Leave office (the lease is released: another replica takes over at once)."""
        for task in [*self._loops, *self._tasks]:
            task.cancel()
        await asyncio.gather(*self._loops, *self._tasks, return_exceptions=True)
        await self.redis.aclose()

    # ----------------------------------------------------------------- what socket.py calls

    async def connect(self, client: Client) -> None:
        local = _Local(conn=uuid.uuid4().hex, client=client)
        self._locals[local.conn] = local
        self._conn_of[client] = local.conn
        await self._emit(local, "connect")

    async def handle(self, client: Client, message: m.ClientMessage) -> None:
        local = self._locals.get(self._conn_of.get(client, ""))
        if local is None:
            return
        if isinstance(message, m.JoinQueue):
            local.join = message
        elif isinstance(message, m.LeaveQueue):
            local.join = None
        if not await self._emit(local, "message", message):
            client.send(
                m.Error(
                    code="UNAVAILABLE",
                    error="The duel service is changing over: try again in a few seconds",
                    status=503,
                    message_type=type(message).__struct_config__.tag,
                )
            )

    def disconnect(self, client: Client) -> None:
        local = self._locals.pop(self._conn_of.pop(client, ""), None)
        if local is not None:
            self._spawn(self._emit(local, "disconnect"))

    # ------------------------------------------------------------------------- gateway

    async def _emit(self, local: _Local, kind: str, frame: m.ClientMessage | None = None) -> bool:
        """Publish one event of ``local`` to the leader; ``False`` when no leader listens."""
        event = wire.Event(
            kind=kind, gateway=self.id, conn=local.conn, user=local.client.user, frame=frame
        )
        try:
            return bool(await self.redis.publish(self.names.to_leader, wire.encode(event)))
        except RedisError as e:
            log.error("gateway %s cannot reach Redis: %s", self.id, e)
            local.client.close(RELAY_LOST, "duel service unreachable: reconnect")
            return False

    async def _subscribe(self) -> Any:
        pubsub = self.redis.pubsub()
        await pubsub.subscribe(self.names.to_gateway(self.id), self.names.new_leader)
        return pubsub

    async def _listen(self, pubsub: Any) -> None:
        """Deliver the leader's frames; on a lost subscription close every socket and
        subscribe again."""
        while True:
            try:
                async for message in pubsub.listen():
                    if message["type"] != "message":
                        continue
                    if message["channel"] == self.names.new_leader.encode():
                        self._spawn(self._announce())
                    else:
                        self._deliver(wire.DELIVERIES.decode(message["data"]))
                raise RedisError("the subscription ended")
            except RedisError as e:
                log.error("gateway %s lost Redis (%s): closing its duel sockets", self.id, e)
                for local in list(self._locals.values()):
                    local.client.close(RELAY_LOST, "duel service unreachable: reconnect")
            with contextlib.suppress(RedisError):
                await pubsub.aclose()
            pubsub = await self._resubscribe()

    async def _resubscribe(self) -> Any:
        while True:
            await asyncio.sleep(CANDIDATE_INTERVAL)
            try:
                return await self._subscribe()
            except RedisError as e:
                log.debug("gateway %s: Redis still unreachable: %s", self.id, e)

    def _deliver(self, delivery: wire.Delivery) -> None:
        local = self._locals.get(delivery.conn)
        if local is None:
            return  # the socket closed meanwhile
        frame = delivery.frame
        if isinstance(frame, m.AuthOk):
            if local.greeted:
                return
            local.greeted = True
        elif isinstance(frame, m.MatchFound) or (
            isinstance(frame, m.Error) and frame.message_type == "join-queue"
        ):
            local.join = None
        if frame is not None:
            local.client.send(frame)
        if delivery.close is not None:
            local.client.close(*delivery.close)

    async def _announce(self) -> None:
        """A new leader: tell it every socket here (and the queue entries it lost)."""
        for local in list(self._locals.values()):
            await self._emit(local, "connect")
            if local.join is not None:
                await self._emit(local, "message", local.join)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -------------------------------------------------------------------------- leader

    async def _stand(self) -> None:
        """Take the lease whenever it is free, and lead while it is held."""
        lock = self.redis.lock(self.names.lease, timeout=self.lease_seconds, thread_local=False)
        while True:
            try:
                if await lock.acquire(blocking=False):
                    await self._lead(lock)
            except (RedisError, LockError) as e:
                log.warning("gateway %s: duel leadership: %s", self.id, e)
            await asyncio.sleep(CANDIDATE_INTERVAL)

    async def _lead(self, lock: Any) -> None:
        term = LeaderTerm(self.redis, self.names, self._new_engine(), self.id)
        log.info("replica %s leads the duels", self.id)
        self.term = term
        try:
            await term.start()
            while not term.failed.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(term.failed.wait(), self.lease_seconds / 3)
                await lock.reacquire()
        finally:
            self.term = None
            await term.stop()
            with contextlib.suppress(RedisError, LockError):
                await lock.release()
            log.info("replica %s no longer leads the duels", self.id)
