#!/usr/bin/env python3
"""Writes tests.jsonl for top-k-frequent-elements (stdlib only, deterministic: fixed seed).

Every test has a unique answer: the k-th highest count is larger than the (k+1)-th.
The checker accepts the k values in any order.
Run: python3 problems/top-k-frequent-elements/generate.py
"""

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20240217
N_MAX = 10**5
V = 10**4


def reference(nums, k):
    """Straightforward reference: sort the distinct values by count, highest first."""
    counts = Counter(nums)
    order = sorted(counts, key=lambda v: -counts[v])
    assert len(order) == k or counts[order[k - 1]] > counts[order[k]], "answer not unique"
    return order[:k]


def from_counts(rng, counts):
    """An array holding each value counts[value] times, shuffled."""
    nums = [v for v, c in counts.items() for _ in range(c)]
    rng.shuffle(nums)
    return nums


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, k, hidden=True, expected=None):
        assert 1 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        assert 1 <= k <= len(set(nums))
        got = reference(nums, k)
        if expected is not None:
            assert sorted(got) == sorted(expected), got
        tests.append({"input": [nums, k], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 1, 1, 2, 2, 3], 2, hidden=False, expected=[1, 2])
    add([1], 1, hidden=False, expected=[1])
    add([1, 2, 1, 2, 1, 2, 3, 1, 3, 2], 2, hidden=False, expected=[1, 2])

    # small hidden edge cases
    add([4, 4, -1, -1, -1, 2], 1, expected=[-1])
    add([5, 6, 7], 3, expected=[5, 6, 7])  # k = every distinct value, all tied
    add([3, 0, 1, 0], 1, expected=[0])
    add([-V, V, V], 1, expected=[V])
    add([3, 2, 2, 1, 1, 1], 2, expected=[1, 2])  # first seen is least frequent
    add([7, 7, 8, 8, 9], 2, expected=[7, 8])  # the top two are tied with each other
    add([2, 2, 2, 2, 1, 1, 1, 3, 3, 4], 3, expected=[2, 1, 3])

    # largest inputs (n = 10^5)
    # every value in [-10^4, 10^4] occurs; the top 100 occur 50..149 times, the rest 1..5 times
    values = list(range(-V, V + 1))
    rng.shuffle(values)
    counts = {v: 50 + i for i, v in enumerate(values[:100])}
    rest = values[100:]
    budget = N_MAX - sum(counts.values())
    for v in rest:
        counts[v] = 1
    budget -= len(rest)
    while budget > 0:
        v = rng.choice(rest)
        if counts[v] < 5:
            counts[v] += 1
            budget -= 1
    add(from_counts(rng, counts), 100)
    # the same kind of array, asking for every distinct value (the answer has 20001 values)
    counts = {v: 5 for v in values}
    counts[values[-2]], counts[values[-1]] = 4, 1
    assert sum(counts.values()) == N_MAX
    add(from_counts(rng, counts), len(values))
    # k = 1: one value occurs 6 times, 19997 others 5 times, the last three 4, 4 and 1 times
    counts = {v: 5 for v in values[:19998]}
    counts[values[0]] = 6
    counts[values[19998]], counts[values[19999]], counts[values[20000]] = 4, 4, 1
    assert sum(counts.values()) == N_MAX
    add(from_counts(rng, counts), 1, expected=[values[0]])
    # 5000 values tied at 12 occurrences, all above the 2-or-3 occurrences of the rest
    counts = {v: 12 for v in values[:5000]}
    budget = N_MAX - 60000
    for v in values[5000:]:
        counts[v] = 2
    budget -= 2 * (len(values) - 5000)
    for v in values[5000:5000 + budget]:
        counts[v] += 1
    assert sum(counts.values()) == N_MAX
    add(from_counts(rng, counts), 5000)
    add([-7] * N_MAX, 1, expected=[-7])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
