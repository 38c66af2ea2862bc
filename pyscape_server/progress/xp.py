"""XP and levels, as docs/api.md fixes them."""

from __future__ import annotations

from math import isqrt

#: XP of a problem's first accepted submission, by difficulty.
PROBLEM_XP = {"easy": 100, "medium": 200, "hard": 300}
LESSON_XP = 50
DUEL_WIN_XP = 100
DUEL_LOSS_XP = 0


def level_for(xp: int) -> int:
    """The level of ``xp`` total XP: level ``n`` needs ``250 * n * (n - 1)``."""
    steps = max(xp, 0) // 250  # n(n-1) <= xp/250  <=>  (2n-1)^2 <= 4*floor(xp/250)+1
    return (isqrt(4 * steps + 1) + 1) // 2


def xp_for_level(level: int) -> int:
    """The total XP at which ``level`` starts."""
    return 250 * level * (level - 1)
