"""Routes of duel statistics: /api/duels/stats and /api/leaderboard (seed 000)."""

from __future__ import annotations

from litestar import Controller, get
from litestar.di import NamedDependency

from pyscape_server.deps import User, service
from pyscape_server.duels.schemas import DuelStats, Leaderboard
from pyscape_server.duels.service import DuelService
from pyscape_server.openapi import SECURED, basic_errors
from pyscape_server.schemas import DEFAULT_LIMIT, Limit, Offset

Duels = NamedDependency[DuelService]


class DuelController(Controller):
    path = "/api"
    dependencies = {"duels": service("duels")}
    tags = ["duels"]
    security = SECURED

    @get("/duels/stats", operation_id="getDuelStats", responses=basic_errors(401))
    async def stats(self, user: User, duels: Duels) -> DuelStats:
        """The caller's finished duels: wins, losses, streaks and rank."""
        return await duels.stats(user)

    @get("/leaderboard", operation_id="getLeaderboard", responses=basic_errors(400, 401))
    async def leaderboard(
        self,
        user: User,
        duels: Duels,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> Leaderboard:
        """Players ranked by duel wins, then win rate."""
        return await duels.leaderboard(limit=limit, offset=offset)
