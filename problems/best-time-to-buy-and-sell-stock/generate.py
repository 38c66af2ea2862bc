#!/usr/bin/env python3
"""Writes tests.jsonl for best-time-to-buy-and-sell-stock (stdlib only, deterministic).

Run: python3 problems/best-time-to-buy-and-sell-stock/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240213
N_MAX = 10**5
V = 10**4


def reference(prices):
    """Straightforward reference: the lowest price so far against each day's price."""
    best, low = 0, prices[0]
    for p in prices:
        low = min(low, p)
        best = max(best, p - low)
    return best


def brute(prices):
    n = len(prices)
    return max([0] + [prices[j] - prices[i] for i in range(n) for j in range(i + 1, n)])


def main():
    rng = random.Random(SEED)
    tests = []

    def add(prices, hidden=True, expected=None):
        assert 1 <= len(prices) <= N_MAX and all(0 <= x <= V for x in prices)
        got = reference(prices)
        if len(prices) <= 60:
            assert got == brute(prices)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [prices], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([7, 1, 5, 3, 6, 4], hidden=False, expected=5)
    add([7, 6, 4, 3, 1], hidden=False, expected=0)

    # small hidden edge cases
    add([5], expected=0)  # a single day
    add([1, 2], expected=1)
    add([2, 4, 1], expected=2)  # the lowest price comes after the highest
    add([3, 3, 3], expected=0)
    add([2, 1, 2, 0, 1], expected=1)
    add([0, 10000], expected=10000)
    add([3, 2, 6, 5, 0, 3], expected=4)  # a later, lower minimum does not help
    add([rng.randint(0, 50) for _ in range(50)])

    # largest inputs (n = 10^5)
    add([rng.randint(0, V) for _ in range(N_MAX)])
    add([V - i // 10 for i in range(N_MAX)])  # never rises: 0
    # the maximum comes first and the minimum last; the best trade is in the middle
    a = [rng.randint(4000, 6000) for _ in range(N_MAX)]
    a[0], a[-1] = V, 0
    a[40000], a[70000] = 1000, 9000
    add(a, expected=8000)
    # small values: a random walk that mostly falls, with short rallies
    a, p = [], 9000
    for _ in range(N_MAX):
        p = min(V, max(0, p + rng.choice((-3, -2, -1, 0, 1, 2))))
        a.append(p)
    add(a)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
