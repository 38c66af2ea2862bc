#!/usr/bin/env python3
"""Writes tests.jsonl for merge-intervals (stdlib only, deterministic: fixed seed).

Run: python3 problems/merge-intervals/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240611
N_MAX = 10**4
V = 10**4


def reference(intervals):
    """Sort by start and sweep; touching ranges merge."""
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def brute(intervals):
    """Independent check on small inputs: mark covered points and gaps between them."""
    covered = set()
    for s, e in intervals:
        covered.update(range(2 * s, 2 * e + 1))  # doubled so [1,2],[3,4] stay apart
    out, run = [], None
    for p in range(0, 2 * V + 2):
        if p in covered:
            if run is None:
                run = p
        elif run is not None:
            out.append([run // 2, (p - 1) // 2])
            run = None
    return out


def main():
    rng = random.Random(SEED)
    tests = []

    def add(intervals, hidden=True, expected=None):
        assert 1 <= len(intervals) <= N_MAX
        assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= V for iv in intervals)
        got = reference(intervals)
        if len(intervals) <= 200:
            assert got == brute(intervals), intervals
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [intervals], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([[1, 3], [2, 6], [8, 10], [15, 18]], hidden=False, expected=[[1, 6], [8, 10], [15, 18]])
    add([[1, 4], [4, 5]], hidden=False, expected=[[1, 5]])
    add([[4, 7], [1, 4]], hidden=False, expected=[[1, 7]])

    # small hidden edge cases
    add([[0, 0]], expected=[[0, 0]])
    add([[1, 4], [0, 4]], expected=[[0, 4]])
    add([[1, 4], [2, 3]], expected=[[1, 4]])  # nested
    add([[1, 4], [0, 0]], expected=[[0, 0], [1, 4]])
    add([[1, 2], [3, 4]], expected=[[1, 2], [3, 4]])  # adjacent integers do not touch
    add([[2, 3], [4, 5], [6, 7], [8, 9], [1, 10]], expected=[[1, 10]])
    add([[5, 5], [5, 5], [5, 5]], expected=[[5, 5]])
    add([[3, 5], [0, 1], [10, 10], [6, 9]], expected=[[0, 1], [3, 5], [6, 9], [10, 10]])
    add([[1, 3], [8, 10], [2, 6], [9, 12], [15, 18], [0, 0]])
    add([[0, V], [0, 0], [V, V], [5000, 5001]], expected=[[0, V]])

    # medium random
    add([sorted(rng.sample(range(0, 101), 2)) for _ in range(60)])

    # largest inputs (n = 10^4)
    # all disjoint points [i, i], shuffled: the answer has 10^4 ranges
    pts = [[i, i] for i in range(N_MAX)]
    rng.shuffle(pts)
    add(pts)
    # a shuffled chain of touching ranges [i, i+1]: a single range [0, 10^4]
    chain = [[i, i + 1] for i in range(N_MAX)]
    rng.shuffle(chain)
    add(chain)
    # random short ranges: many merged groups
    add([[s, min(V, s + rng.randint(0, 3))] for s in (rng.randint(0, V) for _ in range(N_MAX))])
    # random ranges of all lengths, sorted by decreasing start
    rand = [sorted((rng.randint(0, V), rng.randint(0, V))) for _ in range(N_MAX)]
    rand.sort(reverse=True)
    add(rand)
    # nested ranges [i, V - i] in increasing order of size
    nested = [[i, V - i] for i in range(V // 2, -1, -1)]
    add(nested + [[i, i] for i in range(N_MAX - len(nested))])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
