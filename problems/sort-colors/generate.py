#!/usr/bin/env python3
"""Writes tests.jsonl for sort-colors (stdlib only, deterministic: fixed seed).

Run: python3 problems/sort-colors/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240620
N_MAX = 300


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and set(nums) <= {0, 1, 2}
        got = sorted(nums)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([2, 0, 2, 1, 1, 0], hidden=False, expected=[0, 0, 1, 1, 2, 2])
    add([2, 0, 1], hidden=False, expected=[0, 1, 2])

    # small hidden edge cases
    for nums in ([0], [1], [2], [2, 2, 2], [1, 0], [2, 1], [2, 1, 0], [1, 2, 0], [0, 2, 1, 2, 0],
                 [2, 2, 0, 0], [1, 1, 0, 2, 2, 1, 0]):
        add(nums)

    # largest inputs (n = 300)
    add([rng.randint(0, 2) for _ in range(N_MAX)])
    add([rng.randint(0, 2) for _ in range(N_MAX)])
    add([2] * 100 + [1] * 100 + [0] * 100)  # reversed
    add([2, 0] * 150)
    add([2] * (N_MAX - 1) + [0])
    add([1] * N_MAX)
    add([rng.choice((0, 2)) for _ in range(N_MAX)])  # no whites
    add([rng.choice((1, 2)) for _ in range(N_MAX - 1)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
