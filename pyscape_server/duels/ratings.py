"""Duel ratings with OpenSkill's Plackett-Luce model (a maintained Bayesian rating system).

The API shows ``rating = round(40 * mu)``: 1000 for a new player.
"""

from __future__ import annotations

from openskill.models import PlackettLuce

from pyscape_server.db.duels import Rating

MODEL = PlackettLuce()
SCALE = 40


def default() -> Rating:
    return Rating(mu=MODEL.mu, sigma=MODEL.sigma)


def display(rating: Rating | None) -> int:
    """The rating players see (and matchmaking compares)."""
    return round(SCALE * (rating or default()).mu)


def rate(first: Rating, second: Rating, outcome: str) -> tuple[Rating, Rating]:
    """New ratings after a duel whose ``outcome`` for ``first`` is ``win``, ``loss`` or ``draw``."""
    ranks = {"win": [0, 1], "loss": [1, 0], "draw": [0, 0]}[outcome]
    a = MODEL.create_rating([first.mu, first.sigma])
    b = MODEL.create_rating([second.mu, second.sigma])
    (new_a,), (new_b,) = MODEL.rate([[a], [b]], ranks=ranks)
    return Rating(mu=new_a.mu, sigma=new_a.sigma), Rating(mu=new_b.mu, sigma=new_b.sigma)
