"""Settings of the duel engine, from ``PYSCAPE_DUEL_*`` (``time_limit_seconds`` from
``PYSCAPE_DUEL_TIME_LIMIT_SECONDS``); tests build ``DuelSettings(...)`` with short timers.
"""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from pyscape_server.settings import SettingsError, read_settings

PREFIX = "PYSCAPE_DUEL_"


class DuelSettings(msgspec.Struct, kw_only=True, frozen=True):
    #: Length of a duel, from its start.
    time_limit_seconds: int = 900
    #: How long a player's closed socket may stay closed before the player loses.
    reconnect_seconds: float = 30.0
    #: Between ``match-found`` and ``starts_at``: submissions before it are refused.
    countdown_seconds: float = 3.0
    #: Rating gap allowed between two players who just joined the queue (display points).
    rating_gap: float = 100.0
    #: How much the allowed gap widens per second the longer of the two has waited.
    rating_gap_per_second: float = 20.0
    #: How often the queue is matched again (a join is matched at once too).
    match_interval_seconds: float = 0.5

    def __post_init__(self) -> None:
        if self.time_limit_seconds < 1:
            raise SettingsError(f"{PREFIX}TIME_LIMIT_SECONDS must be at least 1")
        for name in ("reconnect_seconds", "countdown_seconds", "rating_gap"):
            if getattr(self, name) < 0:
                raise SettingsError(f"{PREFIX}{name.upper()} must not be negative")
        if self.match_interval_seconds <= 0:
            raise SettingsError(f"{PREFIX}MATCH_INTERVAL_SECONDS must be positive")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> DuelSettings:
        return read_settings(cls, PREFIX, environ)
