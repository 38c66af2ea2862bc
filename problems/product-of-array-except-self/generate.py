#!/usr/bin/env python3
"""Writes tests.jsonl for product-of-array-except-self (stdlib only, deterministic: fixed seed).

Every test keeps the product of the absolute values of its non-zero elements below 2^31, so
every prefix product, suffix product and answer fits in a signed 32-bit integer.
Run: python3 problems/product-of-array-except-self/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240218
N_MAX = 10**5
V = 30
LIMIT = 2**31 - 1


def reference(nums):
    """Straightforward reference: prefix products times suffix products."""
    n = len(nums)
    prefix = [1] * (n + 1)
    for i, x in enumerate(nums):
        prefix[i + 1] = prefix[i] * x
    answer = [0] * n
    suffix = 1
    for i in range(n - 1, -1, -1):
        answer[i] = prefix[i] * suffix
        suffix *= nums[i]
    return answer


def big_factors(rng):
    """Factors with |f| >= 2 whose product stays below 2^31, as large as possible."""
    factors, product = [], 1
    while True:
        f = rng.choice([x for x in range(-V, V + 1) if abs(x) >= 2])
        if product * abs(f) > LIMIT:
            small = [x for x in range(-V, V + 1) if 2 <= abs(x) and product * abs(x) <= LIMIT]
            if not small:
                return factors
            f = rng.choice(small)
        factors.append(f)
        product *= abs(f)


def with_factors(rng, n, factors, zeros=0):
    """n elements: the factors and zeros at random positions, +-1 everywhere else."""
    nums = [rng.choice((1, -1)) for _ in range(n)]
    positions = rng.sample(range(n), len(factors) + zeros)
    for p, f in zip(positions, factors + [0] * zeros):
        nums[p] = f
    return nums


def main():
    rng = random.Random(SEED)
    tests = []

    def add(nums, hidden=True, expected=None):
        assert 2 <= len(nums) <= N_MAX and all(-V <= x <= V for x in nums)
        mag = 1
        for x in nums:
            mag *= abs(x) if x else 1
        assert mag <= LIMIT
        got = reference(nums)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [nums], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 3, 4], hidden=False, expected=[24, 12, 8, 6])
    add([-1, 1, 0, -3, 3], hidden=False, expected=[0, 0, 9, 0, 0])

    # small hidden edge cases
    add([2, 3], expected=[3, 2])  # the shortest array
    add([0, 0], expected=[0, 0])
    add([0, 5], expected=[5, 0])
    add([0, 4, 0], expected=[0, 0, 0])  # two zeros: every answer is 0
    add([0, -1, 2], expected=[-2, 0, 0])
    add([-2, -3, -4], expected=[12, 8, 6])
    add([30, 30, 30, 30, 30, 30, -2], expected=[-48600000] * 6 + [729000000])
    add([1, 1, 1, 1], expected=[1, 1, 1, 1])

    # largest inputs (n = 10^5)
    add(with_factors(rng, N_MAX, big_factors(rng)))  # products close to 2^31
    add(with_factors(rng, N_MAX, big_factors(rng), zeros=1))  # one zero
    add(with_factors(rng, N_MAX, big_factors(rng), zeros=2))  # two zeros: all 0
    add([-1] * N_MAX, expected=[-1] * N_MAX)  # n - 1 = 99999 factors of -1
    nums = [1] * N_MAX
    nums[0], nums[-1] = 0, -V  # a zero at the very start, the only big factor at the end
    add(nums, expected=[-V] + [0] * (N_MAX - 1))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
