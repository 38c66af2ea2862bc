"""What one server process holds: settings, clock, database, judge, rate limiter, services.

Both apps (REST and WebSocket) share one :class:`Runtime`. :meth:`Runtime.start` opens the
database, applies migrations, syncs problems/ and starts the judge; :meth:`Runtime.stop` undoes
it in reverse order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from pyscape_server.accounts.service import AccountService
from pyscape_server.accounts.tokens import TokenService, resolve_secret
from pyscape_server.clock import Clock
from pyscape_server.db import Database, migrate
from pyscape_server.duels.engine import DuelEngine
from pyscape_server.duels.gate import Gate
from pyscape_server.duels.service import DuelService
from pyscape_server.duels.settings import DuelSettings
from pyscape_server.judging import Judging, judging_for
from pyscape_server.learning import curriculum
from pyscape_server.learning.service import LearningService
from pyscape_server.portfolio.service import PortfolioService
from pyscape_server.problems.catalog import Catalog
from pyscape_server.problems.service import ProblemService
from pyscape_server.problems.sync import SyncReport, sync_problems
from pyscape_server.progress.service import ProgressService
from pyscape_server.ratelimit import RateLimiter
from pyscape_server.settings import Settings
from pyscape_server.submissions.service import SubmissionService

if TYPE_CHECKING:
    from pyscape_server.duels.relay import DuelRelay

log = logging.getLogger(__name__)


class Runtime:
    def __init__(
        self,
        settings: Settings,
        clock: Clock | None = None,
        duel_settings: DuelSettings | None = None,
        judge: Judging | None = None,
    ) -> None:
        """``judge``: what judges (default: the one the settings ask for; tests hand a fake)."""
        self.settings = settings
        self.clock = clock or Clock()
        self.db = Database(settings.database_location, readers=settings.db_readers)
        self.judge: Judging = judge or judging_for(settings)
        self.limiter = RateLimiter(
            user_limit=settings.rate_limit_user,
            user_window=settings.rate_limit_user_window,
            ip_limit=settings.rate_limit_ip,
            ip_window=settings.rate_limit_ip_window,
        )
        self.catalog = Catalog(settings.problems_dir)
        self.problems = ProblemService(self.db, self.catalog)
        self.progress = ProgressService(self.db, self.clock)
        self.duels = DuelService(self.db)
        self.submissions = SubmissionService(
            self.db,
            problems=self.problems,
            judge=self.judge,
            progress=self.progress,
            clock=self.clock,
            max_code_bytes=settings.max_code_bytes,
        )
        # learning and portfolio (issue 9)
        self.curriculum = curriculum.load()
        self.learning = LearningService(self.db, self.clock, self.curriculum)
        self.portfolio = PortfolioService(self.db, self.clock, self.curriculum, self.duels)
        # duels over WebSocket (issue 8), across replicas through Redis (issue 11)
        self.duel_settings = duel_settings or DuelSettings.from_env()
        #: What duel sockets talk to: this process's engine or, with a Redis URL, the relay to
        #: the replicas' duel leader (duels/relay.py).
        self.duel_front: DuelEngine | DuelRelay = (
            self._duel_relay(settings.redis_url) if settings.redis_url else self._new_duel_engine()
        )
        #: The WebSocket port's caps and logged-out sessions (duels/gate.py).
        self.gate = Gate(settings, self.db)
        self._accounts: AccountService | None = None
        self.sync_report: SyncReport | None = None
        self._preload: asyncio.Task[None] | None = None
        self.started = False

    def _new_duel_engine(self) -> DuelEngine:
        return DuelEngine(
            self.duel_settings,
            db=self.db,
            clock=self.clock,
            judge=self.judge,
            catalog=self.catalog,
            max_code_bytes=self.settings.max_code_bytes,
        )

    def _duel_relay(self, url: str) -> DuelRelay:
        from pyscape_server.duels.relay import DuelRelay  # redis is imported only when used

        return DuelRelay(url, self.duel_settings, self._new_duel_engine)

    @property
    def accounts(self) -> AccountService:
        if self._accounts is None:
            raise RuntimeError("the server is not started")
        return self._accounts

    @property
    def tokens(self) -> TokenService | None:
        return self._accounts.tokens if self._accounts is not None else None

    def user_of(self, token: str) -> str | None:
        """Who a token names, for rate limiting (signature and expiry checked, no database)."""
        tokens = self.tokens
        return tokens.subject(token) if tokens is not None else None

    async def start(self) -> None:
        s = self.settings
        tokens = TokenService(
            resolve_secret(s.jwt_secret, s.database),
            ttl_seconds=s.jwt_ttl_seconds,
            supabase_secret=s.supabase_jwt_secret,
            clock=self.clock,
        )
        await self.db.connect()
        try:
            await migrate(self.db, self.clock)
            self.sync_report = await sync_problems(self.db, self.catalog, self.clock)
            await self.judge.start()
        except BaseException:
            await self.judge.close()
            await self.db.close()
            raise
        self._accounts = AccountService(self.db, tokens, self.clock)
        await self.duel_front.start()
        self.gate.start()
        self._preload = asyncio.create_task(self.catalog.preload())
        self.started = True
        log.info("PyScape server ready: %s; images %s", self.settings.summary(), _images())

    async def stop(self) -> None:
        if not self.started:
            return
        self.started = False
        if self._preload is not None:
            self._preload.cancel()
            await asyncio.gather(self._preload, return_exceptions=True)
        await self.gate.stop()
        await self.duel_front.stop()
        await self.judge.close()
        await self.db.close()
        log.info("PyScape server stopped")

    @asynccontextmanager
    async def running(self, *_: Any) -> AsyncIterator[Runtime]:
        """Started for the duration of the block (an app's lifespan, or ``__main__``)."""
        await self.start()
        try:
            yield self
        finally:
            await self.stop()


def _images() -> str:
    """The sandbox images this version judges with (their tags: a recipe's hash)."""
    from pyscape_judge.images import LANGUAGES, image_tag

    try:
        return ", ".join(image_tag(language) for language in LANGUAGES)
    except Exception as e:  # a broken recipe folder: the judge will say more
        return f"unknown ({type(e).__name__})"
