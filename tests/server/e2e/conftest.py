"""The duels' fixtures (a two-sum-only problem set) for the end-to-end layer."""

from tests.server.duels.conftest import duel_problems

__all__ = ["duel_problems"]
