#!/usr/bin/env python3
"""Writes tests.jsonl for coin-change (stdlib only, deterministic: fixed seed).

Run: python3 problems/coin-change/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240613
A_MAX = 10**4
C_MAX = 2**31 - 1


def reference(coins, amount):
    """Unbounded-knapsack DP over the amounts 0..amount."""
    inf = float("inf")
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == inf else best[amount]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(coins, amount, hidden=True, expected=None):
        assert 1 <= len(coins) <= 12 and all(1 <= c <= C_MAX for c in coins)
        assert 0 <= amount <= A_MAX
        got = reference(coins, amount)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [coins, amount], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 5], 11, hidden=False, expected=3)
    add([2], 3, hidden=False, expected=-1)
    add([1], 0, hidden=False, expected=0)

    # small hidden edge cases
    add([1], 1, expected=1)
    add([2], 1, expected=-1)
    add([C_MAX], 2, expected=-1)  # a coin far larger than the amount
    add([1, C_MAX], 3, expected=3)
    add([5, 7], 0, expected=0)
    add([1, 3, 4], 6, expected=2)  # greedy (4+1+1) takes 3 coins
    add([2, 5, 10, 1], 27, expected=4)
    add([186, 419, 83, 408], 6249, expected=20)
    add([3, 7, 405, 436], 8839)
    add([7, 3], 11, expected=-1)
    add([1, 2, 5], 100, expected=20)

    # largest amounts
    add([1], A_MAX, expected=A_MAX)
    add([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], A_MAX - 1, expected=-1)
    add([9973, 9967], A_MAX, expected=-1)
    add([A_MAX], A_MAX, expected=1)
    add([411, 412, 413, 414, 415, 416, 417, 418, 419, 422, 1, 9999], A_MAX)
    add(sorted(rng.sample(range(1, 500), 12)), A_MAX)
    add(sorted(rng.sample(range(100, 2000), 12)), 9967)
    add([rng.randint(1, C_MAX) for _ in range(11)] + [37], A_MAX)
    add([13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59], 9999)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
