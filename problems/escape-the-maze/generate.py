#!/usr/bin/env python3
"""Writes tests.jsonl for escape-the-maze (stdlib only, deterministic: fixed seed).

stdio problem: each test's input is the whole stdin text, expected the whole stdout text.
Run: python3 problems/escape-the-maze/generate.py
"""

import json
import random
from collections import deque
from pathlib import Path

SEED = 20240209
CELLS_MAX = 2 * 10**5


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "\n".join(grid) + "\n"


def reference(text):
    """Straightforward reference: breadth-first search from S over (row, column) pairs."""
    lines = text.split("\n")
    n, m = map(int, lines[0].split())
    grid = lines[1 : 1 + n]
    assert all(len(row) == m for row in grid)
    start = next((r, c) for r in range(n) for c in range(m) if grid[r][c] == "S")
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "E":
            return f"{dist[(r, c)]}\n"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return "-1\n"


def place(rows, r, c, ch):
    rows[r] = rows[r][:c] + ch + rows[r][c + 1 :]


def serpentine(n, m, start_left=True):
    """Corridors on even rows joined at alternating ends: one long winding path."""
    rows = []
    for r in range(n):
        if r % 2 == 0:
            rows.append("." * m)
        else:
            gap = m - 1 if (r // 2) % 2 == 0 else 0
            rows.append("#" * gap + "." + "#" * (m - gap - 1))
    last = n - 1 if n % 2 == 1 else n - 2
    place(rows, 0, 0 if start_left else m - 1, "S")
    end_col = m - 1 if (last // 2) % 2 == 0 else 0
    place(rows, last, end_col, "E")
    return rows


def spiral(size):
    """A square spiral of walls; S in a corner, E in the middle."""
    g = [["." for _ in range(size)] for _ in range(size)]
    # draw wall rings with one gap each, gaps alternating corners
    for k in range(1, size // 2, 2):
        lo, hi = k, size - 1 - k
        for i in range(lo, hi + 1):
            g[lo][i] = g[hi][i] = g[i][lo] = g[i][hi] = "#"
        if (k // 2) % 2 == 0:
            g[lo][hi] = "."  # gap in the top-right corner of the ring... and a neighbour
            g[lo][hi - 1] = "."
        else:
            g[hi][lo] = "."
            g[hi][lo + 1] = "."
    g[0][0] = "S"
    g[size // 2][size // 2] = "E"
    return ["".join(row) for row in g]


def random_grid(rng, n, m, p_wall, s=None, e=None):
    rows = ["".join("#" if rng.random() < p_wall else "." for _ in range(m)) for _ in range(n)]
    s = s or (rng.randrange(n), rng.randrange(m))
    e = e or s
    while e == s:
        e = (rng.randrange(n), rng.randrange(m))
    place(rows, *s, "S")
    place(rows, *e, "E")
    return rows


def main():
    rng = random.Random(SEED)
    tests = []

    def add(grid, hidden=True, expected=None):
        n, m = len(grid), len(grid[0])
        assert n >= 1 and m >= 1 and 2 <= n * m <= CELLS_MAX
        text = render(grid)
        assert all(len(row) == m and set(row) <= set(".#SE") for row in grid)
        assert text.count("S") == 1 and text.count("E") == 1
        got = reference(text)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": text, "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(["S.#....", ".##.##.", "...#...", ".#...#E", "...#..."], hidden=False, expected="11\n")
    add(["S.#", "##.", "..E"], hidden=False, expected="-1\n")
    add(["ES"], hidden=False, expected="1\n")

    # small edge cases
    add(["S", "E"], expected="1\n")
    add(["S#E"], expected="-1\n")
    add(["S.", ".E"], expected="2\n")
    add(["S...", "###.", "E..."], expected="8\n")
    add(["..#..", ".S#E.", "..#..", "....."], expected="6\n")  # around the wall
    add(random_grid(rng, 30, 40, 0.3))

    # largest inputs (n * m close to 2 * 10^5)
    add(["S" + "." * (CELLS_MAX - 2) + "E"])  # one row, the whole length
    add(["E" + "." * (CELLS_MAX - 2) + "S"])  # ...right to left
    add(["S"] + ["."] * (CELLS_MAX - 2) + ["E"])  # one column, the whole height
    add(serpentine(447, 447))  # ~10^5 moves along a winding corridor
    add(serpentine(999, 200, start_left=False))
    add(["S" + "." * 446] + ["." * 447] * 445 + ["." * 446 + "E"])  # open field
    add(spiral(447))
    while True:  # random walls, corner to corner, reachable
        g = random_grid(rng, 400, 500, 0.3, s=(0, 0), e=(399, 499))
        if reference(render(g)) != "-1\n":
            break
    add(g)
    add(random_grid(rng, 500, 400, 0.45))  # too many walls: most likely cut off
    g = random_grid(rng, 447, 447, 0.2, s=(0, 0), e=(446, 446))  # a solid wall across
    g[223] = "#" * 447
    add(g, expected="-1\n")

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")
    for k, t in enumerate(tests, 1):
        print(k, t["input"].split("\n")[0], t["expected"].strip())


if __name__ == "__main__":
    main()
