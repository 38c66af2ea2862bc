#!/usr/bin/env python3
"""Writes tests.jsonl for 3sum (stdlib only, deterministic: fixed seed).

The checker accepts the triplets, and the values inside each triplet, in any order.
Run: python3 problems/3sum/generate.py
"""

import json
import random
from itertools import combinations
from pathlib import Path

SEED = 20240220
N_MAX = 3000
V = 10**5


def reference(nums):
    """Straightforward reference: sort, fix the first value, two pointers for the other two."""
    a = sorted(nums)
    n = len(a)
    out = []
    for i in range(n - 2):
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append([a[i], a[lo], a[hi]])
                lo += 1
                while lo < hi and a[lo] == a[lo - 1]:
                    lo += 1
                hi -= 1
    return out


def brute(nums):
    return sorted({tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0})


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 3 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        got = reference(nums)
        if len(nums) <= 40:
            assert sorted(map(tuple, got)) == brute(nums)
        if expected is not None:
            assert sorted(got) == sorted(expected), got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([-1, 0, 1, 2, -1, -4], hidden=False, expected=[[-1, -1, 2], [-1, 0, 1]])
    add([0, 1, 1], hidden=False, expected=[])
    add([0, 0, 0], hidden=False, expected=[[0, 0, 0]])

    # small hidden edge cases
    add([0, 0, 0, 0], expected=[[0, 0, 0]])  # one triplet, many ways to pick it
    add([-2, 0, 1, 1, 2], expected=[[-2, 0, 2], [-2, 1, 1]])
    add([1, 2, -2, -1], expected=[])
    add([3, 0, -2, -1, 1, 2], expected=[[-2, -1, 3], [-2, 0, 2], [-1, 0, 1]])
    add([-V, V // 2, V // 2], expected=[[-V, V // 2, V // 2]])
    add([2, -1, 1, -1], expected=[[-1, -1, 2]])
    add([1, 1, -2, 0, 0], expected=[[-2, 1, 1]])  # 0 + 0 + 0 needs three zeros
    add([-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6])
    add([rng.randint(-10, 10) for _ in range(40)])

    # largest inputs (n = 3000)
    add([rng.randint(-V, V) for _ in range(N_MAX)])  # ~ 1500 distinct negatives and positives
    add(rng.sample(range(-V + 1, V, 2), N_MAX), expected=[])  # all odd: no triplet at all
    add([0] * N_MAX, expected=[[0, 0, 0]])
    add([rng.randint(-50, 50) for _ in range(N_MAX)])  # heavy repetition, few values
    add([rng.randint(1, V) for _ in range(N_MAX)], expected=[])  # all positive
    nums = [rng.choice((-2, 1, 1, -1, 0, 2)) * rng.randint(1, 3) for _ in range(N_MAX)]
    add(nums)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
