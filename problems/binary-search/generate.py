#!/usr/bin/env python3
"""Writes tests.jsonl for binary-search (stdlib only, deterministic: fixed seed).

Run: python3 problems/binary-search/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240616
N_MAX = 10**4
V = 10**4 - 1  # values are strictly between -10^4 and 10^4


def reference(nums, target):
    return nums.index(target) if target in nums else -1


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, target, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and -V <= target <= V
        assert all(-V <= x <= V for x in nums)
        assert all(a < b for a, b in zip(nums, nums[1:]))
        got = reference(nums, target)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [nums, target], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([-1, 0, 3, 5, 9, 12], 9, hidden=False, expected=4)
    add([-1, 0, 3, 5, 9, 12], 2, hidden=False, expected=-1)

    # small hidden edge cases
    add([5], 5, expected=0)
    add([5], -5, expected=-1)
    add([5], 6, expected=-1)
    add([2, 5], 5, expected=1)
    add([2, 5], 2, expected=0)
    add([2, 5], 3, expected=-1)
    add([-1, 0, 3, 5, 9, 12], 12, expected=5)
    add([-1, 0, 3, 5, 9, 12], -1, expected=0)
    add([-1, 0, 3, 5, 9, 12], 13, expected=-1)
    add([-1, 0, 3, 5, 9, 12], -2, expected=-1)
    add([-V, V], V, expected=1)
    add([-V, V], -V, expected=0)

    # largest inputs (10^4 values)
    big = sorted(rng.sample(range(-V, V + 1), N_MAX))
    add(big, big[0], expected=0)
    add(big, big[-1], expected=N_MAX - 1)
    add(big, big[N_MAX // 2], expected=N_MAX // 2)
    add(big, big[3137])
    missing = sorted(set(range(-V, V + 1)) - set(big))
    add(big, missing[len(missing) // 2], expected=-1)
    full = list(range(-V, -V + N_MAX))  # consecutive values
    add(full, -V + N_MAX, expected=-1)  # just above the last
    add(full, -V + N_MAX - 1, expected=N_MAX - 1)
    evens = list(range(-V + 1, V, 2))[:N_MAX]
    add(evens, evens[-1] - 1, expected=-1)  # an odd value between the last two
    add(evens, evens[6667])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
