#!/usr/bin/env python3
"""Writes tests.jsonl for daily-temperatures (stdlib only, deterministic: fixed seed).

Run: python3 problems/daily-temperatures/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240202
N_MAX = 10**5
LO, HI = 30, 100


def reference(t):
    """Straightforward reference: scan backwards, following "next warmer" links."""
    n = len(t)
    ans = [0] * n
    nxt = [-1] * n  # index of the next strictly warmer day, or -1
    for i in range(n - 2, -1, -1):
        j = i + 1
        while j != -1 and t[j] <= t[i]:
            j = nxt[j]
        nxt[i] = j
        ans[i] = 0 if j == -1 else j - i
    return ans


def main():
    rng = random.Random(SEED)
    tests = []

    def add(t, hidden=True, expected=None):
        assert 1 <= len(t) <= N_MAX and all(LO <= x <= HI for x in t)
        got = reference(t)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [t], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([73, 74, 75, 71, 69, 72, 76, 73], hidden=False, expected=[1, 1, 4, 2, 1, 1, 0, 0])
    add([30, 40, 50, 60], hidden=False, expected=[1, 1, 1, 0])
    add([60, 60, 30, 61], hidden=False, expected=[3, 2, 1, 0])

    # small edge cases
    add([55], expected=[0])
    add([100, 100], expected=[0, 0])
    add([30, 30, 31], expected=[2, 1, 0])  # equal is not warmer
    add([100, 99, 98, 30], expected=[0, 0, 0, 0])
    add([30, 60, 90], expected=[1, 1, 0])
    add([89, 62, 70, 58, 47, 47, 46, 76, 100, 70])
    add([rng.randint(LO, HI) for _ in range(200)])

    # largest inputs (n = 10^5)
    add([HI] * N_MAX)  # nobody is ever warmer: a forward scan per day is quadratic
    add([99] * (N_MAX - 1) + [HI])  # everyone waits for the very last day
    add([rng.randint(LO, HI) for _ in range(N_MAX)])
    # sawtooth: 100, 99, ..., 30 repeated, with a warm spell at the end
    saw = [HI - (i % (HI - LO + 1)) for i in range(N_MAX - 1)]
    add(saw + [HI])
    add([LO + i * (HI - LO) // N_MAX for i in range(N_MAX)])  # slowly rising, long plateaus

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
