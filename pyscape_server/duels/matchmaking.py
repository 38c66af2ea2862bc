"""The matchmaking queue: same language and difficulty, nearest rating first, the allowed gap
widening the longer a player waits. Pure (times are given), so it is tested without sockets.
"""

from __future__ import annotations

import msgspec


class Entry(msgspec.Struct, kw_only=True):
    user_id: str
    difficulty: str
    language: str
    rating: float
    #: Monotonic time of joining.
    joined: float


class Matchmaker:
    def __init__(self, *, gap: float, gap_per_second: float) -> None:
        self.gap = gap
        self.gap_per_second = gap_per_second
        self._entries: dict[str, Entry] = {}

    def __contains__(self, user_id: str) -> bool:
        return user_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, entry: Entry) -> None:
        """Queue ``entry`` (replacing the user's previous entry)."""
        self._entries.pop(entry.user_id, None)
        self._entries[entry.user_id] = entry

    def remove(self, user_id: str) -> bool:
        return self._entries.pop(user_id, None) is not None

    def allowed_gap(self, a: Entry, b: Entry, now: float) -> float:
        waited = max(now - a.joined, now - b.joined, 0.0)
        return self.gap + self.gap_per_second * waited

    def pairs(self, now: float) -> list[tuple[Entry, Entry]]:
        """Take out every pair that may play now: the longest waiting first, each with the
        nearest rating among the players it is allowed to meet."""
        waiting = sorted(self._entries.values(), key=lambda e: e.joined)
        taken: set[str] = set()
        found = []
        for a in waiting:
            if a.user_id in taken:
                continue
            candidates = [
                b
                for b in waiting
                if b.user_id != a.user_id
                and b.user_id not in taken
                and (b.language, b.difficulty) == (a.language, a.difficulty)
                and abs(a.rating - b.rating) <= self.allowed_gap(a, b, now)
            ]
            if not candidates:
                continue
            b = min(candidates, key=lambda c: (abs(a.rating - c.rating), c.joined))
            taken.update((a.user_id, b.user_id))
            found.append((a, b))
        for a, b in found:
            del self._entries[a.user_id], self._entries[b.user_id]
        return found
