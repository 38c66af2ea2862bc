#!/usr/bin/env python3
"""Writes tests.jsonl for unique-paths (stdlib only, deterministic).

The answer for an m x n grid is C(m + n - 2, m - 1); only grids whose answer is at most
2 * 10^9 are valid inputs (the statement promises it).
Run: python3 problems/unique-paths/generate.py
"""

import json
from pathlib import Path

LIMIT = 2 * 10**9


def reference(m, n):
    """Straightforward reference: the row-by-row DP table."""
    row = [1] * n
    for _ in range(1, m):
        for j in range(1, n):
            row[j] += row[j - 1]
    return row[-1]


def main():
    tests = []

    def add(m, n, hidden=True, expected=None):
        assert 1 <= m <= 100 and 1 <= n <= 100
        got = reference(m, n)
        assert got <= LIMIT, (m, n, got)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [m, n], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(3, 7, hidden=False, expected=28)
    add(3, 2, hidden=False, expected=3)

    # small edge cases: a single cell, a single row / column
    add(1, 1, expected=1)
    add(1, 100, expected=1)
    add(100, 1, expected=1)
    add(2, 2, expected=2)
    add(7, 3, expected=28)
    add(2, 100, expected=100)
    add(10, 10, expected=48620)
    # the largest answers the promise allows (close to 2 * 10^9)
    add(17, 18, expected=1166803110)
    add(18, 17, expected=1166803110)
    add(100, 7, expected=1609344100)
    add(13, 23)
    add(16, 19)
    add(99, 7)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
