#!/usr/bin/env python3
"""Writes tests.jsonl for widget-factory (stdlib only, deterministic: fixed seed).

stdio problem: each test's input is the whole stdin text, expected the whole stdout text.
Run: python3 problems/widget-factory/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240211
N_MAX = 2 * 10**5
T_MAX = 10**9
K_MAX = 10**6


def render(t, k):
    return f"{len(k)} {t}\n" + " ".join(map(str, k)) + "\n"


def built(time, k):
    return sum(time // x for x in k)


def reference(text):
    """Straightforward reference: binary search on the time, counting widgets per machine."""
    tokens = text.split()
    n, t = int(tokens[0]), int(tokens[1])
    k = [int(x) for x in tokens[2 : 2 + n]]
    assert len(k) == n
    lo, hi = 0, min(k) * t  # built(lo) < t <= built(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if built(mid, k) >= t:
            hi = mid
        else:
            lo = mid
    assert built(hi, k) >= t > built(hi - 1, k)
    return f"{hi}\n"


def main():
    rng = random.Random(SEED)
    tests = []

    def add(t, k, hidden=True, expected=None):
        assert 1 <= len(k) <= N_MAX and 1 <= t <= T_MAX and all(1 <= x <= K_MAX for x in k)
        text = render(t, k)
        got = reference(text)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": text, "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(7, [3, 2, 5], hidden=False, expected="8\n")
    add(T_MAX, [K_MAX], hidden=False, expected="1000000000000000\n")

    # small edge cases
    add(1, [1], expected="1\n")
    add(1, [K_MAX, 5, K_MAX], expected="5\n")  # one widget: the fastest machine
    add(5, [1, K_MAX], expected="5\n")
    add(10, [2, 3], expected="12\n")
    add(T_MAX, [K_MAX, K_MAX - 1])
    add(rng.randint(1, 1000), [rng.randint(1, 100) for _ in range(50)])
    add(T_MAX, [rng.randint(1, K_MAX) for _ in range(1000)])

    # largest inputs (n = 2 * 10^5)
    # all machines take 1 second: the answer is small, but a search whose upper bound is far
    # too large sums 2 * 10^5 huge quotients (64-bit overflow without an early exit)
    add(T_MAX, [1] * N_MAX, expected="5000\n")
    add(T_MAX, [K_MAX] * (N_MAX // 2), expected="10000000000\n")
    add(T_MAX, [rng.randint(1, K_MAX) for _ in range(N_MAX)])
    add(T_MAX, [rng.randint(1, 100) for _ in range(N_MAX // 2)] + [1] * (N_MAX // 2))
    add(1, [rng.randint(2, K_MAX) for _ in range(N_MAX // 10)])
    add(rng.randint(1, T_MAX), [K_MAX - rng.randint(0, 10) for _ in range(N_MAX // 10)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")
    for n, t in enumerate(tests, 1):
        print(n, t["input"].split("\n")[0], t["expected"].strip())


if __name__ == "__main__":
    main()
