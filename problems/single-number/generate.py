#!/usr/bin/env python3
"""Writes tests.jsonl for single-number (stdlib only, deterministic: fixed seed).

Run: python3 problems/single-number/generate.py
"""

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20240203
N_MAX = 3 * 10**4 - 1  # the length is odd: 2k + 1 <= 3 * 10^4
V = 3 * 10**4


def reference(nums):
    """Straightforward reference: the value counted once."""
    (single,) = [v for v, k in Counter(nums).items() if k == 1]
    return single


def make(rng, n, single, where="random", pairs_adjacent=False):
    """n = 2k + 1 values: k distinct pairs (values != single) plus single at `where`."""
    k = (n - 1) // 2
    values = rng.sample([v for v in range(-V, V + 1) if v != single], k)
    if pairs_adjacent:
        rest = [v for v in values for _ in range(2)]
    else:
        rest = values * 2
        rng.shuffle(rest)
    pos = {"first": 0, "last": len(rest), "random": rng.randint(0, len(rest))}[where]
    return rest[:pos] + [single] + rest[pos:]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= 3 * 10**4 and all(-V <= x <= V for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([2, 2, 1], hidden=False, expected=1)
    add([4, 1, 2, 1, 2], hidden=False, expected=4)
    add([1], hidden=False, expected=1)

    # small edge cases
    add([-V], expected=-V)
    add([0, 1, 0], expected=1)
    add([V, -V, V], expected=-V)
    add([7, 7, 0], expected=0)  # the single value is 0
    add([1, 1, 3, 4, 4], expected=3)
    add([-1, -2, -1, -3, -2], expected=-3)
    add(make(rng, 101, 42))

    # largest inputs (2 * 14999 + 1 = 29999 values)
    add(make(rng, N_MAX, -V, where="last"))  # the single value comes last
    add(make(rng, N_MAX, V, where="first"))
    add(make(rng, N_MAX, 12345, pairs_adjacent=True))  # ...a, a, b, b, ...
    add(make(rng, N_MAX, -1))
    add(make(rng, N_MAX, 0, where="last"))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
