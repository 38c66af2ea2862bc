#!/usr/bin/env python3
"""Writes tests.jsonl for move-zeroes (stdlib only, deterministic: fixed seed).

moveZeroes returns nothing: `expected` is nums after the call.
Run: python3 problems/move-zeroes/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240105
N_MAX = 10**4
LO, HI = -(2**31), 2**31 - 1


def reference(nums):
    nonzero = [x for x in nums if x != 0]
    return nonzero + [0] * (len(nums) - len(nonzero))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and all(LO <= x <= HI for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    def mixed(n, zero_share, lo=LO, hi=HI):
        return [0 if rng.random() < zero_share else rng.randint(lo, hi) for _ in range(n)]

    # visible: the statement's examples
    add([0, 1, 0, 3, 12], hidden=False, expected=[1, 3, 12, 0, 0])
    add([0], hidden=False, expected=[0])

    # small hidden edge cases
    add([5], expected=[5])
    add([1, 2, 3], expected=[1, 2, 3])  # no zeros
    add([0, 0, 0], expected=[0, 0, 0])
    add([0, 0, 1], expected=[1, 0, 0])
    add([1, 0], expected=[1, 0])
    add([LO, 0, HI, 0, -1], expected=[LO, HI, -1, 0, 0])
    add([4, 2, 4, 0, 0, 3, 0, 5, 1, 0], expected=[4, 2, 4, 3, 5, 1, 0, 0, 0, 0])
    add([0, -3, 0, -3, 7, 0, 7], expected=[-3, -3, 7, 7, 0, 0, 0])  # duplicates keep order

    # largest inputs (10^4 elements)
    add(mixed(N_MAX, 0.3))
    add(mixed(N_MAX, 0.9, -5, 5))
    add([0] * N_MAX)
    add(mixed(N_MAX, 0.0))  # no zeros at all
    add([0] * (N_MAX // 2) + mixed(N_MAX // 2, 0.0, -1000, 1000))  # all zeros first
    add([0 if i % 2 else rng.randint(1, HI) for i in range(N_MAX)])  # alternating

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
