#!/usr/bin/env python3
"""Writes tests.jsonl for reverse-linked-list (stdlib only, deterministic: fixed seed).

A list is given in JSON as the array of its values from head to tail.
Run: python3 problems/reverse-linked-list/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240103
N_MAX = 5000  # LeetCode's limit on the number of nodes
V = 5000


def reference(values):
    return list(reversed(values))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(values, hidden=True, expected=None):
        assert 0 <= len(values) <= N_MAX and all(-V <= x <= V for x in values)
        got = reference(values)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [values], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 3, 4, 5], hidden=False, expected=[5, 4, 3, 2, 1])
    add([1, 2], hidden=False, expected=[2, 1])
    add([], hidden=False, expected=[])

    # small hidden edge cases
    add([7], expected=[7])
    add([1, 2, 3], expected=[3, 2, 1])
    add([-5000, 5000], expected=[5000, -5000])
    add([4, 4, 4, 4], expected=[4, 4, 4, 4])
    add([0, -1, 0, -1, 0, 1], expected=[1, 0, -1, 0, -1, 0])
    add([1, 2, 3, 2, 1], expected=[1, 2, 3, 2, 1])  # palindrome

    # largest inputs (5000 nodes)
    add([rng.randint(-V, V) for _ in range(N_MAX)])
    add(list(range(-2500, 2500)))  # strictly increasing, 5000 nodes
    add([-V] * N_MAX)
    add([rng.randint(-3, 3) for _ in range(N_MAX - 1)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
