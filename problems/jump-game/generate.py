#!/usr/bin/env python3
"""Writes tests.jsonl for jump-game (stdlib only, deterministic: fixed seed).

Run: python3 problems/jump-game/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240201
N_MAX = 10**4
V = 10**5


def reference(nums):
    """Straightforward reference: mark every reachable index (a BFS-like sweep)."""
    n = len(nums)
    reach = [False] * n
    reach[0] = True
    far = 0  # every index <= far is reachable once reach[i] holds for all i <= far
    for i in range(n):
        if not reach[i]:
            return False
        for j in range(far + 1, min(n, i + nums[i] + 1)):
            reach[j] = True
        far = max(far, i + nums[i])
    return True


def trap(n, p, step=3):
    """[step]*p then step-1, ..., 1, 0 and 1s: every route stops at the 0, and the number of
    distinct routes to it grows exponentially with p (a DFS without memory explodes)."""
    nums = [step] * p + list(range(step - 1, -1, -1))
    return nums + [1] * (n - len(nums))


def random_reachable(rng, n, hi):
    """Random values in [0, hi], patched so that the last index is reachable."""
    nums = [rng.randint(0, hi) for _ in range(n)]
    far = 0
    for i in range(n - 1):
        if far <= i and nums[i] == 0:  # stuck here: give this index a jump of 1
            nums[i] = 1
        far = max(far, i + nums[i])
    return nums


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V for x in nums)
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([2, 3, 1, 1, 4], hidden=False, expected=True)
    add([3, 2, 1, 0, 4], hidden=False, expected=False)

    # small edge cases
    add([0], expected=True)  # already on the last index
    add([V], expected=True)
    add([0, 1], expected=False)
    add([1, 0], expected=True)  # a 0 on the last index does not matter
    add([2, 5, 0, 0], expected=True)  # always jumping the maximum lands on a 0
    add([1, 1, 0, 1], expected=False)
    add([5, 0, 0, 0, 0, 0, 1], expected=False)  # one index short
    add([4, 0, 0, 1, 0, 0, 1], expected=False)

    # largest inputs (n = 10^4)
    add(trap(N_MAX, 60), expected=False)  # exponentially many routes into a dead end
    add([1] * N_MAX, expected=True)
    add([1] * (N_MAX - 2) + [0, 0], expected=False)  # the dead end is the second-to-last
    add([V] + [0] * (N_MAX - 1), expected=True)
    add([N_MAX - 2] + [0] * (N_MAX - 1), expected=False)
    add(random_reachable(rng, N_MAX, 3), expected=True)
    nums = random_reachable(rng, N_MAX, 3)
    nums[N_MAX // 2 : N_MAX // 2 + 4] = [0, 0, 0, 0]  # a wall of four 0s nobody can cross
    for k in range(N_MAX // 2 - 3, N_MAX // 2):
        nums[k] = min(nums[k], N_MAX // 2 - k)
    add(nums, expected=False)
    add([rng.randint(0, V) for _ in range(N_MAX)])
    add(list(range(N_MAX - 1, -1, -1)), expected=True)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
