#!/usr/bin/env python3
"""Writes tests.jsonl for two-sum (stdlib only, deterministic: fixed seed).

Exactly 12 tests; each has exactly one valid pair of indices, as the statement promises.
Run: python3 problems/two-sum/generate.py
"""

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20240101
N_MAX = 10**4
V = 10**9


def count_pairs(nums, target):
    """Number of index pairs i < j with nums[i] + nums[j] == target."""
    c = Counter(nums)
    total = 0
    for v, k in c.items():
        w = target - v
        if v < w:
            total += k * c.get(w, 0)
        elif v == w:
            total += k * (k - 1) // 2
    return total


def reference(nums, target):
    """Straightforward reference: the unique pair [i, j], i < j."""
    first = {}
    for j, x in enumerate(nums):
        if target - x in first:
            return [first[target - x], j]
        first.setdefault(x, j)
    raise AssertionError("no pair")


def unique_case(rng, n, i, j, lo=-V, hi=V):
    """n distinct values in [lo, hi]; target = nums[i] + nums[j] is the only pair sum."""
    while True:
        nums = rng.sample(range(lo, hi + 1), n)
        target = nums[i] + nums[j]
        if -V <= target <= V and count_pairs(nums, target) == 1:
            return nums, target


def duplicate_answer_case(rng, n):
    """The answer is two equal values x + x; every other value is distinct."""
    while True:
        x = rng.randint(-V // 2, V // 2)
        others = [v for v in rng.sample(range(-V, V + 1), n) if v != x][: n - 2]
        if len(others) < n - 2:
            continue
        i, j = sorted(rng.sample(range(n), 2))
        nums = others[:]
        nums.insert(i, x)
        nums.insert(j, x)
        if count_pairs(nums, 2 * x) == 1:
            return nums, 2 * x


def self_pair_trap_case(rng, n):
    """target / 2 occurs exactly once (pairing it with itself is wrong); one real pair."""
    while True:
        half = rng.randint(-V // 4, V // 4)
        target = 2 * half
        pool = [v for v in rng.sample(range(-V, V + 1), n + 10) if v != half]
        a = rng.randint(-V // 4, V // 4)
        b = target - a
        if half in (a, b) or a == b:
            continue
        nums = [*[v for v in pool if v not in (a, b)][: n - 3], half, a, b]
        rng.shuffle(nums)
        # the trap element should come before its (absent) partner would
        if count_pairs(nums, target) == 1 and nums.index(half) < n // 2:
            return nums, target


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, target, hidden=True, expected=None):
        assert 2 <= len(nums) <= N_MAX
        assert all(-V <= x <= V for x in nums) and -V <= target <= V
        assert count_pairs(nums, target) == 1, (nums[:10], target)
        got = reference(nums, target)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [nums, target], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([2, 7, 11, 15], 9, hidden=False, expected=[0, 1])
    add([3, 2, 4], 6, hidden=False, expected=[1, 2])
    add([3, 3], 6, hidden=False, expected=[0, 1])

    # small hidden edge cases
    add([-3, 4, 3, 90], 0, expected=[0, 2])
    add([0, 4, 3, 0], 0, expected=[0, 3])
    add([-1, -2, -3, -4, -5], -8, expected=[2, 4])
    add([1, 1, 1, 2, 8, 1], 10, expected=[3, 4])  # duplicates that are not the answer
    add([-V, V - 1, 1, V], V, expected=[1, 2])  # extremes: target - nums[0] = 2*10^9

    # largest inputs (n = 10^4)
    nums, target = unique_case(rng, N_MAX, N_MAX - 2, N_MAX - 1)  # pair at the very end
    add(nums, target)
    nums, target = unique_case(rng, N_MAX, 0, N_MAX - 1)  # pair at both ends
    add(nums, target)
    nums, target = duplicate_answer_case(rng, N_MAX)  # x + x = target
    add(nums, target)
    nums, target = self_pair_trap_case(rng, N_MAX)  # target/2 present once
    add(nums, target)

    assert len(tests) == 12
    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
