#!/usr/bin/env python3
"""Writes tests.jsonl for rotate-image (stdlib only, deterministic: fixed seed).

Run: python3 problems/rotate-image/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240619
N_MAX = 20


def reference(matrix):
    """The clockwise rotation: new[i][j] = old[n - 1 - j][i]."""
    n = len(matrix)
    return [[matrix[n - 1 - j][i] for j in range(n)] for i in range(n)]


def main():
    rng = random.Random(SEED)
    tests = []

    def add(matrix, hidden=True, expected=None):
        n = len(matrix)
        assert 1 <= n <= N_MAX and all(len(r) == n for r in matrix)
        assert all(-1000 <= x <= 1000 for r in matrix for x in r)
        got = reference(matrix)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [matrix], "expected": got, "hidden": hidden})

    def rand(n):
        return [[rng.randint(-1000, 1000) for _ in range(n)] for _ in range(n)]

    # visible: the statement's examples
    add([[1, 2, 3], [4, 5, 6], [7, 8, 9]], hidden=False, expected=[[7, 4, 1], [8, 5, 2], [9, 6, 3]])
    add(
        [[5, 1, 9, 11], [2, 4, 8, 10], [13, 3, 6, 7], [15, 14, 12, 16]],
        hidden=False,
        expected=[[15, 13, 2, 5], [14, 3, 4, 1], [12, 6, 8, 9], [16, 7, 10, 11]],
    )

    # small hidden edge cases
    add([[7]], expected=[[7]])
    add([[-1000]], expected=[[-1000]])
    add([[1, 2], [3, 4]], expected=[[3, 1], [4, 2]])
    add([[1, 1], [1, 1]], expected=[[1, 1], [1, 1]])
    add([[1, 0, 0], [0, 0, 0], [0, 0, 0]], expected=[[0, 0, 1], [0, 0, 0], [0, 0, 0]])
    add([[i * 5 + j for j in range(5)] for i in range(5)])  # odd n: a fixed centre
    add([[i * 6 + j - 18 for j in range(6)] for i in range(6)])
    add([[0, 1, 0], [1, 0, 1], [0, 1, 0]], expected=[[0, 1, 0], [1, 0, 1], [0, 1, 0]])  # symmetric

    # largest inputs (n = 20) and near it
    add([[i * N_MAX + j - 200 for j in range(N_MAX)] for i in range(N_MAX)])
    add(rand(N_MAX))
    add(rand(N_MAX - 1))
    add(rand(17))
    add([[1000 if (i + j) % 2 else -1000 for j in range(N_MAX)] for i in range(N_MAX)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
