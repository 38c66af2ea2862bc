#!/usr/bin/env python3
"""Writes tests.jsonl for subsets (stdlib only, deterministic: fixed seed).

The checker is any_order_nested: the expected list is one valid order.
Run: python3 problems/subsets/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240205


def reference(nums):
    """Straightforward reference: subset k takes nums[i] when bit i of k is set."""
    n = len(nums)
    return [[nums[i] for i in range(n) if k >> i & 1] for k in range(1 << n)]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= 10 and len(set(nums)) == len(nums)
        assert all(-10 <= x <= 10 for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 3], hidden=False, expected=[[], [1], [2], [1, 2], [3], [1, 3], [2, 3], [1, 2, 3]])
    add([0], hidden=False, expected=[[], [0]])

    add([-10], expected=[[], [-10]])
    add([5, -5], expected=[[], [5], [-5], [5, -5]])
    add([3, 1, 2])
    add([0, 1, 2, 3])
    add([-1, 4, -7, 9, 2])
    add(rng.sample(range(-10, 11), 7))
    # largest inputs: 10 elements, 1024 subsets
    add(list(range(1, 11)))
    add(list(range(10, 0, -1)))
    add(rng.sample(range(-10, 11), 10))
    add([-10, -8, -6, -4, -2, 0, 2, 4, 6, 8])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
