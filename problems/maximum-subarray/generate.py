#!/usr/bin/env python3
"""Writes tests.jsonl for maximum-subarray (stdlib only, deterministic: fixed seed).

Run: python3 problems/maximum-subarray/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240212
N_MAX = 10**5
V = 10**4


def reference(nums):
    """Straightforward reference: Kadane's scan."""
    best = cur = nums[0]
    for x in nums[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def brute(nums):
    return max(sum(nums[i:j + 1]) for i in range(len(nums)) for j in range(i, len(nums)))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        got = reference(nums)
        if len(nums) <= 60:
            assert got == brute(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([-2, 1, -3, 4, -1, 2, 1, -5, 4], hidden=False, expected=6)
    add([1], hidden=False, expected=1)
    add([5, 4, -1, 7, 8], hidden=False, expected=23)

    # small hidden edge cases
    add([-1], expected=-1)
    add([-3, -2, -5, -4], expected=-2)  # all negative: the answer is not 0
    add([0, -1, 0], expected=0)
    add([-10000, 10000, -10000], expected=10000)
    add([3, -4, 5], expected=5)  # restarting beats extending
    add([2, -1, 2], expected=3)  # extending through a negative
    add([rng.randint(-20, 20) for _ in range(50)])

    # largest inputs (n = 10^5)
    add([rng.randint(-V, V) for _ in range(N_MAX)])
    add([V] * N_MAX, expected=V * N_MAX)  # 10^9, the whole array
    a = [rng.randint(-V, -1) for _ in range(N_MAX)]  # all negative, large
    a[rng.randrange(N_MAX)] = -1
    add(a, expected=-1)
    a = [rng.randint(-9, 8) for _ in range(N_MAX)]  # small values, slightly negative drift
    add(a)
    a = [V if i % 2 == 0 else -V + 1 for i in range(N_MAX)]  # zigzag: the whole array wins
    add(a)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
