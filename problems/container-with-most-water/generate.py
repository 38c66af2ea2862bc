#!/usr/bin/env python3
"""Writes tests.jsonl for container-with-most-water (stdlib only, deterministic: fixed seed).

Run: python3 problems/container-with-most-water/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240221
N_MAX = 10**5
V = 10**4


def reference(height):
    """Straightforward reference: two pointers, always moving the lower wall inwards."""
    lo, hi, best = 0, len(height) - 1, 0
    while lo < hi:
        best = max(best, (hi - lo) * min(height[lo], height[hi]))
        if height[lo] < height[hi]:
            lo += 1
        else:
            hi -= 1
    return best


def brute(height):
    n = len(height)
    return max((j - i) * min(height[i], height[j]) for i in range(n) for j in range(i + 1, n))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(height, hidden=True, expected=None):
        assert 2 <= len(height) <= N_MAX and all(0 <= x <= V for x in height)
        got = reference(height)
        if len(height) <= 100:
            assert got == brute(height)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [height], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 8, 6, 2, 5, 4, 8, 3, 7], hidden=False, expected=49)
    add([1, 1], hidden=False, expected=1)

    # small hidden edge cases
    add([4, 3, 2, 1, 4], expected=16)
    add([1, 2, 1], expected=2)
    add([0, 0], expected=0)
    add([0, 10000], expected=0)
    add([10000, 10000], expected=10000)
    add([2, 3, 4, 5, 18, 17, 6], expected=17)  # two tall neighbours beat the wide pairs
    add([1, 3, 2, 5, 25, 24, 5], expected=24)
    add([rng.randint(0, 100) for _ in range(100)])

    # largest inputs (n = 10^5)
    add([rng.randint(0, V) for _ in range(N_MAX)])
    add([V] * N_MAX, expected=V * (N_MAX - 1))  # 999990000: the widest container
    add([i // 10 for i in range(N_MAX)])  # increasing heights
    add([V - i // 10 for i in range(N_MAX)])  # decreasing heights
    h = [rng.randint(0, 9) for _ in range(N_MAX)]  # low walls except two tall ones inside
    h[30000], h[70000] = V, V - 1
    add(h, expected=40000 * (V - 1))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
