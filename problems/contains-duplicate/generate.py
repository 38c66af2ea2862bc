#!/usr/bin/env python3
"""Writes tests.jsonl for contains-duplicate (stdlib only, deterministic: fixed seed).

Run: python3 problems/contains-duplicate/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240214
N_MAX = 10**5
V = 10**9


def reference(nums):
    """Straightforward reference: compare the number of distinct values with the length."""
    return len(set(nums)) != len(nums)


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 3, 1], hidden=False, expected=True)
    add([1, 2, 3, 4], hidden=False, expected=False)
    add([1, 1, 1, 3, 3, 4, 3, 2, 4, 2], hidden=False, expected=True)

    # small hidden edge cases
    add([7], expected=False)
    add([0, 0], expected=True)
    add([-V, V], expected=False)
    add([V, -V, V], expected=True)  # duplicates not next to each other
    add([-1, 1], expected=False)  # equal absolute values are not equal values
    add([3, 1, 4, 1, 5], expected=True)

    # largest inputs (n = 10^5)
    distinct = rng.sample(range(-V, V + 1), N_MAX)
    add(distinct, expected=False)  # all different: the whole array must be examined
    a = rng.sample(range(-N_MAX, N_MAX), N_MAX)
    a[-1] = a[0]  # the only repeat: first and last position
    add(a, expected=True)
    a = list(range(N_MAX))
    rng.shuffle(a)
    a[-1] = a[-2]  # the only repeat: the last two positions
    add(a, expected=True)
    add([0] * N_MAX, expected=True)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
