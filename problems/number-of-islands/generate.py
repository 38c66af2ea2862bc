#!/usr/bin/env python3
"""Writes tests.jsonl for number-of-islands (stdlib only, deterministic: fixed seed).

Run: python3 problems/number-of-islands/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240612
N = 300


def reference(grid):
    """Union-find over land cells (independent of the BFS/DFS solutions)."""
    m, n = len(grid), len(grid[0])
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != "1":
                continue
            count += 1
            for di, dj in ((-1, 0), (0, -1)):
                a, b = i + di, j + dj
                if a >= 0 and b >= 0 and grid[a][b] == "1":
                    ra, rb = find(a * n + b), find(i * n + j)
                    if ra != rb:
                        parent[ra] = rb
                        count -= 1
    return count


def grid_of(rows):
    return [list(r) for r in rows]


def snake(m, n):
    """One island: a path winding through every other row, as long as possible."""
    g = [["0"] * n for _ in range(m)]
    for i in range(0, m, 2):
        for j in range(n):
            g[i][j] = "1"
        if i + 1 < m:
            g[i + 1][n - 1 if (i // 2) % 2 == 0 else 0] = "1"
    return g


def spiral(n):
    """One island: a spiral corridor of land with water between its turns."""
    g = [["0"] * n for _ in range(n)]
    top, left, bottom, right = 0, 0, n - 1, n - 1
    i, j = 0, 0
    g[0][0] = "1"
    while True:
        moved = False
        for di, dj in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            steps = 0
            while True:
                a, b = i + di, j + dj
                c, d = a + di, b + dj  # look two ahead: keep a water gap from older land
                if not (0 <= a < n and 0 <= b < n) or g[a][b] == "1":
                    break
                if 0 <= c < n and 0 <= d < n and g[c][d] == "1":
                    break
                g[a][b] = "1"
                i, j = a, b
                steps += 1
            if steps > 1:
                moved = True
            elif steps == 1:
                moved = True
                break
        if not moved:
            return g


def main():
    rng = random.Random(SEED)
    tests = []

    def add(grid, hidden=True, expected=None):
        m, n = len(grid), len(grid[0])
        assert 1 <= m <= N and 1 <= n <= N and all(len(r) == n for r in grid)
        assert all(c in "01" for r in grid for c in r)
        got = reference(grid)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [grid], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(grid_of(["11001", "10011", "00100", "00001"]), hidden=False, expected=4)
    add(grid_of(["101", "010", "101"]), hidden=False, expected=5)

    # small hidden edge cases
    add(grid_of(["0"]), expected=0)
    add(grid_of(["1"]), expected=1)
    add(grid_of(["1011101"]), expected=3)  # a single row
    add(grid_of(["1", "1", "0", "1"]), expected=2)  # a single column
    add(grid_of(["11110", "11010", "11000", "00000"]), expected=1)
    add(grid_of(["11111", "10001", "10101", "10001", "11111"]), expected=2)  # island in a lake
    add(grid_of(["111", "010", "111"]), expected=1)
    add(grid_of(["10", "01"]), expected=2)  # diagonal neighbours only

    # largest inputs (300 x 300)
    add([["0"] * N for _ in range(N)], expected=0)
    add([["1"] * N for _ in range(N)], expected=1)
    add([["1" if (i + j) % 2 == 0 else "0" for j in range(N)] for i in range(N)], expected=N * N // 2)
    add(snake(N, N), expected=1)
    add(spiral(N), expected=1)
    add([["1" if rng.random() < 0.5 else "0" for _ in range(N)] for _ in range(N)])
    add([["1" if rng.random() < 0.6 else "0" for _ in range(N)] for _ in range(N)])
    add([["1" if rng.random() < 0.3 else "0" for _ in range(N)] for _ in range(7)])
    # a thin 1 x 300 and 300 x 1
    add([["1" if rng.random() < 0.7 else "0" for _ in range(N)]])
    add([["1"] for _ in range(N)], expected=1)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
