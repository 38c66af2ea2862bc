#!/usr/bin/env python3
"""Writes tests.jsonl for merge-two-sorted-lists (stdlib only, deterministic: fixed seed).

A list is given in JSON as the array of its values from head to tail.
Run: python3 problems/merge-two-sorted-lists/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240211
N_MAX = 50  # nodes per list
V = 100


def reference(a, b):
    """Straightforward reference: the classic two-pointer merge."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


def sorted_values(rng, n, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(a, b, hidden=True, expected=None):
        for xs in (a, b):
            assert 0 <= len(xs) <= N_MAX and all(-V <= x <= V for x in xs)
            assert xs == sorted(xs)
        got = reference(a, b)
        assert got == sorted(a + b)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [a, b], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 4], [1, 3, 4], hidden=False, expected=[1, 1, 2, 3, 4, 4])
    add([], [], hidden=False, expected=[])
    add([], [0], hidden=False, expected=[0])

    # small hidden edge cases
    add([5], [], expected=[5])  # only the first list
    add([-3, 7], [], expected=[-3, 7])
    add([1, 2, 3], [4, 5, 6], expected=[1, 2, 3, 4, 5, 6])  # list1 entirely first
    add([4, 5, 6], [1, 2, 3], expected=[1, 2, 3, 4, 5, 6])  # list2 entirely first
    add([2, 2, 2], [2, 2], expected=[2, 2, 2, 2, 2])  # equal values across lists
    add([-100, 0, 100], [-100, 100], expected=[-100, -100, 0, 100, 100])
    add([1], [2, 3, 4, 5, 6], expected=[1, 2, 3, 4, 5, 6])  # long tail in list2
    add([1, 3, 5, 7], [2], expected=[1, 2, 3, 5, 7])  # long tail in list1

    # largest inputs (50 nodes each)
    add(sorted_values(rng, N_MAX), sorted_values(rng, N_MAX))
    add(list(range(-100, 100, 4)), list(range(-98, 100, 4)))  # perfectly interleaved
    add([7] * N_MAX, [7] * N_MAX)
    add(sorted_values(rng, N_MAX, -100, -1), sorted_values(rng, N_MAX, 0, 100))
    add(sorted_values(rng, N_MAX), [])
    add([], sorted_values(rng, N_MAX))
    add(sorted_values(rng, N_MAX, -5, 5), sorted_values(rng, 1, -5, 5))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
