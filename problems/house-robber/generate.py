#!/usr/bin/env python3
"""Writes tests.jsonl for house-robber (stdlib only, deterministic: fixed seed).

Run: python3 problems/house-robber/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240204
N_MAX = 100
V = 400


def reference(nums):
    """Straightforward reference: best[i] = best total using houses 0..i-1."""
    best = [0] * (len(nums) + 1)
    best[1] = nums[0]
    for i in range(2, len(nums) + 1):
        best[i] = max(best[i - 1], best[i - 2] + nums[i - 1])
    return best[-1]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 3, 1], hidden=False, expected=4)
    add([2, 7, 9, 3, 1], hidden=False, expected=12)
    add([2, 1, 1, 2], hidden=False, expected=4)

    # small edge cases
    add([0], expected=0)
    add([7], expected=7)
    add([2, 1], expected=2)
    add([1, 2], expected=2)
    add([5, 1, 1, 5, 1, 1, 5], expected=15)  # neither all even nor all odd positions
    add([1, 3, 1, 3, 100], expected=103)

    # largest inputs (n = 100)
    add([V] * N_MAX, expected=50 * V)
    add([0] * N_MAX, expected=0)
    add([rng.randint(0, V) for _ in range(N_MAX)])
    add([rng.choice([0, V]) for _ in range(N_MAX)])
    add([(V, 1, 1)[i % 3] for i in range(N_MAX)])  # every third house
    add([rng.randint(0, 10) for _ in range(N_MAX - 1)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
