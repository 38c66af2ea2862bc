#!/usr/bin/env python3
"""Writes tests.jsonl for kth-largest-element-in-an-array (stdlib only, deterministic).

Run: python3 problems/kth-largest-element-in-an-array/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240621
N_MAX = 10**5
V = 10**4


def reference(nums, k):
    return sorted(nums, reverse=True)[k - 1]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, k, hidden=True, expected=None):
        assert 1 <= k <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        got = reference(nums, k)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [nums, k], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([3, 2, 1, 5, 6, 4], 2, hidden=False, expected=5)
    add([3, 2, 3, 1, 2, 4, 5, 5, 6], 4, hidden=False, expected=4)

    # small hidden edge cases
    add([1], 1, expected=1)
    add([2, 1], 1, expected=2)
    add([2, 1], 2, expected=1)
    add([-1, -1], 2, expected=-1)
    add([5, 5, 1], 2, expected=5)
    add([7, 6, 5, 4, 3, 2, 1], 7, expected=1)
    add([-V, V, 0], 2, expected=0)
    add([3, 1, 2, 4], 4, expected=1)

    # largest inputs (n = 10^5)
    add([rng.randint(-V, V) for _ in range(N_MAX)], rng.randint(1, N_MAX))
    add([7] * N_MAX, N_MAX // 2, expected=7)  # all equal: a naive quickselect is quadratic
    add(sorted(rng.randint(-V, V) for _ in range(N_MAX)), 1)  # sorted ascending, the maximum
    add(sorted((rng.randint(-V, V) for _ in range(N_MAX)), reverse=True), N_MAX)  # the minimum
    add([rng.choice((-1, 0, 1)) for _ in range(N_MAX)], 33333)  # few distinct values

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
