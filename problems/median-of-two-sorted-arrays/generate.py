#!/usr/bin/env python3
"""Writes tests.jsonl for median-of-two-sorted-arrays (stdlib only, deterministic).

Run: python3 problems/median-of-two-sorted-arrays/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240618
N_MAX = 1000
V = 10**6


def reference(a, b):
    """Merge by sorting, then take the middle (exact: a half-integer is exact in binary)."""
    c = sorted(a + b)
    k = len(c)
    if k % 2:
        return float(c[k // 2])
    return (c[k // 2 - 1] + c[k // 2]) / 2


def srt(rng, n, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(a, b, hidden=True, expected=None):
        assert 0 <= len(a) <= N_MAX and 0 <= len(b) <= N_MAX and len(a) + len(b) >= 1
        assert a == sorted(a) and b == sorted(b)
        assert all(-V <= x <= V for x in a + b)
        got = reference(a, b)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [a, b], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 3], [2], hidden=False, expected=2.0)
    add([1, 2], [3, 4], hidden=False, expected=2.5)
    add([], [7], hidden=False, expected=7.0)

    # small hidden edge cases
    add([2], [], expected=2.0)
    add([], [2, 3], expected=2.5)
    add([0, 0], [0, 0], expected=0.0)
    add([1], [2], expected=1.5)
    add([-V], [V], expected=0.0)
    add([V - 1, V], [V], expected=V)
    add([-5, -3, -1], [-4, -2], expected=-3.0)
    add([1, 2, 3, 4, 5], [6], expected=3.5)
    add([6], [1, 2, 3, 4, 5], expected=3.5)
    add([1, 1, 1], [1, 1, 1, 2], expected=1.0)
    add([-2, -1], [3], expected=-1.0)
    add([3], [-2, -1], expected=-1.0)
    add([1, 3, 5, 7], [2, 4, 6, 8], expected=4.5)

    # largest inputs (m, n up to 1000)
    add(srt(rng, N_MAX), srt(rng, N_MAX))
    add(srt(rng, N_MAX, -V, 0), srt(rng, N_MAX, 1, V))  # nums1 entirely below nums2
    add(srt(rng, N_MAX, 1, V), srt(rng, N_MAX - 1, -V, 0))  # above, and an odd total
    add(srt(rng, N_MAX), [])
    add([], srt(rng, N_MAX - 1))
    add(srt(rng, 1), srt(rng, N_MAX))
    add(srt(rng, N_MAX), srt(rng, 2))
    add(list(range(-V, -V + 2 * N_MAX, 2)), list(range(-V + 1, -V + 2 * N_MAX, 2)))  # interleaved
    add(srt(rng, N_MAX, -3, 3), srt(rng, 999, -3, 3))  # many duplicates
    add([V] * N_MAX, [-V] * N_MAX, expected=0.0)
    add(srt(rng, 500, V - 10, V), srt(rng, 700))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
