#!/usr/bin/env python3
"""Writes tests.jsonl for permutations (stdlib only, deterministic: fixed seed).

The checker is any_order: the expected list is one valid order of the permutations.
Run: python3 problems/permutations/generate.py
"""

import json
import random
from itertools import permutations
from pathlib import Path

SEED = 20240206


def reference(nums):
    """Straightforward reference: itertools, in lexicographic order of positions."""
    return [list(p) for p in permutations(nums)]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= 6 and len(set(nums)) == len(nums)
        assert all(-10 <= x <= 10 for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(
        [1, 2, 3],
        hidden=False,
        expected=[[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]],
    )
    add([0, 1], hidden=False, expected=[[0, 1], [1, 0]])
    add([1], hidden=False, expected=[[1]])

    add([-10], expected=[[-10]])
    add([10, -10], expected=[[10, -10], [-10, 10]])
    add([0, -1, 1])
    add([1, 2, 3, 4])
    add(rng.sample(range(-10, 11), 5))
    # largest inputs: 6 elements, 720 permutations
    add([1, 2, 3, 4, 5, 6])
    add([6, 5, 4, 3, 2, 1])
    add(rng.sample(range(-10, 11), 6))
    add([-10, -3, 0, 2, 7, 10])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
