#!/usr/bin/env python3
"""Writes tests.jsonl for search-in-rotated-sorted-array (stdlib only, deterministic: fixed seed).

Run: python3 problems/search-in-rotated-sorted-array/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240222
N_MAX = 5000
V = 10**4


def reference(nums, target):
    """Straightforward reference: a linear scan."""
    return nums.index(target) if target in nums else -1


def rotated(rng, n, k=None, lo=-V, hi=V):
    a = sorted(rng.sample(range(lo, hi + 1), n))
    k = rng.randrange(n) if k is None else k
    return a[n - k:] + a[:n - k]  # the last k elements moved to the front


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, target, hidden=True, expected=None):
        n = len(nums)
        assert 1 <= n <= N_MAX and all(-V <= x <= V for x in nums) and -V <= target <= V
        assert len(set(nums)) == n
        drops = sum(nums[i] > nums[i + 1] for i in range(n - 1))
        assert drops == 0 or (drops == 1 and nums[-1] < nums[0])
        got = reference(nums, target)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums, target], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([4, 5, 6, 7, 0, 1, 2], 0, hidden=False, expected=4)
    add([4, 5, 6, 7, 0, 1, 2], 3, hidden=False, expected=-1)
    add([1], 0, hidden=False, expected=-1)

    # small hidden edge cases
    add([1], 1, expected=0)
    add([1, 3], 3, expected=1)  # not rotated
    add([3, 1], 1, expected=1)  # two elements, rotated
    add([3, 1], 3, expected=0)
    add([3, 1], 2, expected=-1)
    add([5, 1, 3], 5, expected=0)
    add([5, 1, 3], 3, expected=2)
    add([4, 5, 6, 7, 8, 1, 2, 3], 8, expected=4)  # the largest value, just before the drop
    add([6, 7, 1, 2, 3, 4, 5], 6, expected=0)
    add([1, 2, 3, 4, 5, 6, 7], 7, expected=6)
    add([2, 3, 4, 5, 6, 7, 1], 1, expected=6)  # the smallest value is last
    add([-V, V], V, expected=1)
    add([2, 3, 4, 1], 1, expected=3)
    add([6, 1, 2, 3, 4, 5], 1, expected=1)
    add([2, 3, 4, 5, 6, 7, 8, 1], 1, expected=7)

    # largest inputs (n = 5000)
    nums = rotated(rng, N_MAX)
    add(nums, nums[rng.randrange(N_MAX)])  # present somewhere
    nums = rotated(rng, N_MAX)
    add(nums, nums[0])  # the first element
    nums = rotated(rng, N_MAX)
    add(nums, nums[-1])  # the last element
    nums = rotated(rng, N_MAX, k=1700)
    add(nums, min(nums), expected=1700)  # the smallest value, at the rotation point
    nums = rotated(rng, N_MAX, k=2500)
    add(nums, max(nums), expected=2499)  # the largest value, just before the rotation point
    nums = rotated(rng, N_MAX, k=0)  # not rotated at all
    add(nums, nums[3333], expected=3333)
    nums = rotated(rng, N_MAX, k=N_MAX - 1)
    add(nums, nums[1], expected=1)
    add(nums, min(nums), expected=N_MAX - 1)  # the smallest value is last
    nums = rotated(rng, N_MAX, lo=-V + 1, hi=V - 1)
    add(nums, -V, expected=-1)  # below every value
    add(nums, V, expected=-1)  # above every value
    nums = sorted(rng.sample(range(-V, V + 1, 2), N_MAX))  # even values only
    k = 3900
    nums = nums[N_MAX - k:] + nums[:N_MAX - k]
    add(nums, nums[k + 10] + 1, expected=-1)  # absent, falls between two values
    add(nums, nums[k - 10] + 1, expected=-1)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
