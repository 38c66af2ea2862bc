#!/usr/bin/env python3
"""Writes tests.jsonl for increasing-subsequence (stdlib only, deterministic: fixed seed).

stdio problem: each test's input is the whole stdin text, expected the whole stdout text.
The largest tests are sized so that tests.jsonl stays under ~4 MB.
Run: python3 problems/increasing-subsequence/generate.py
"""

import json
import random
from bisect import bisect_left
from pathlib import Path

SEED = 20240212
N_MAX = 2 * 10**5
V = 10**9


def render(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def quadratic(a):
    """The textbook O(n^2) DP, used to cross-check small cases."""
    best = [1] * len(a)
    for i in range(len(a)):
        for j in range(i):
            if a[j] < a[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best)


def reference(text):
    """Straightforward reference: tails[L] = smallest last element of an increasing
    subsequence of length L + 1 (patience sorting)."""
    tokens = text.split()
    n = int(tokens[0])
    a = [int(x) for x in tokens[1 : 1 + n]]
    assert len(a) == n
    tails = []
    for x in a:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    if n <= 2000:
        assert len(tails) == quadratic(a)
    return f"{len(tails)}\n"


def main():
    rng = random.Random(SEED)
    tests = []

    def add(a, hidden=True, expected=None):
        assert 1 <= len(a) <= N_MAX and all(1 <= x <= V for x in a)
        text = render(a)
        got = reference(text)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": text, "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([7, 3, 5, 3, 6, 2, 9, 8], hidden=False, expected="4\n")
    add([4, 4, 4, 4, 4], hidden=False, expected="1\n")

    # small edge cases
    add([V], expected="1\n")
    add([1, 1], expected="1\n")
    add([1, 2], expected="2\n")
    add([5, 4, 3, 2, 1], expected="1\n")
    add([1, 2, 2, 3, 3, 3, 4], expected="4\n")  # duplicates inside the best run
    add([10, 1, 11, 2, 12, 3, 4, 5], expected="5\n")  # the greedy "first start" is wrong
    add([rng.randint(1, 20) for _ in range(300)])
    add([rng.randint(1, V) for _ in range(2000)])

    # largest inputs (n = 2 * 10^5)
    add([rng.randint(1, 1000) for _ in range(N_MAX)])  # many repeats: answer <= 1000
    add(list(range(1, N_MAX + 1)), expected=f"{N_MAX}\n")
    # 1000 decreasing blocks, each shifted up by one: 200, 199, ..., 1, then 201, ..., 2, ...
    blocks = [b + 200 - i for b in range(N_MAX // 200) for i in range(200)]
    add(blocks, expected=f"{N_MAX // 200}\n")
    # 1 (100 times), 2 (100 times), ..., 1000: n = 10^5 non-decreasing, 1000 strictly increasing
    add([1 + i // 100 for i in range(N_MAX // 2)], expected="1000\n")
    # full-size values (n = 5 * 10^4 of them, to keep tests.jsonl under ~4 MB)
    add([rng.randint(1, V) for _ in range(N_MAX // 4)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")
    for n, t in enumerate(tests, 1):
        print(n, t["input"].split("\n")[0], t["expected"].strip())


if __name__ == "__main__":
    main()
