#!/usr/bin/env python3
"""Writes tests.jsonl for prefix-sum-queries (stdlib only, deterministic: fixed seed).

stdio problem: each test's input is the whole stdin text, expected the whole stdout text.
The largest tests are sized so that tests.jsonl stays under 8 MB.
Run: python3 problems/prefix-sum-queries/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240107
N_MAX = Q_MAX = 2 * 10**5
V = 10**9


def render(a, queries):
    lines = [f"{len(a)} {len(queries)}", " ".join(map(str, a))]
    lines += [f"{lo} {hi}" for lo, hi in queries]
    return "\n".join(lines) + "\n"


def reference(text):
    """Straightforward reference: parse, build prefix sums, answer each query."""
    tokens = text.split()
    n, q = int(tokens[0]), int(tokens[1])
    a = [int(x) for x in tokens[2 : 2 + n]]
    assert len(tokens) == 2 + n + 2 * q
    prefix = [0]
    for x in a:
        prefix.append(prefix[-1] + x)
    out = []
    for k in range(q):
        lo, hi = int(tokens[2 + n + 2 * k]), int(tokens[3 + n + 2 * k])
        out.append(str(prefix[hi] - prefix[lo - 1]))
    return "\n".join(out) + "\n"


def random_queries(rng, n, q):
    qs = []
    for _ in range(q):
        x, y = rng.randint(1, n), rng.randint(1, n)
        qs.append((min(x, y), max(x, y)))
    return qs


def main():
    rng = random.Random(SEED)
    tests = []

    def add(a, queries, hidden=True, expected=None):
        n, q = len(a), len(queries)
        assert 1 <= n <= N_MAX and 1 <= q <= Q_MAX
        assert all(-V <= x <= V for x in a)
        assert all(1 <= lo <= hi <= n for lo, hi in queries)
        text = render(a, queries)
        got = reference(text)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": text, "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([1, 2, 3, 4, 5], [(1, 5), (2, 4), (3, 3)], hidden=False, expected="15\n9\n3\n")
    add([-V, -V, -V, 7], [(1, 3), (3, 4)], hidden=False, expected="-3000000000\n-999999993\n")

    # small hidden edge cases
    add([-5], [(1, 1)], expected="-5\n")
    add([V], [(1, 1)] * 3, expected="1000000000\n" * 3)
    add([0] * 10, [(1, 10), (4, 4), (2, 9)], expected="0\n0\n0\n")
    add(
        [V, V, 147483648, -V, -V, -147483649],  # sums just outside the 32-bit range
        [(1, 3), (4, 6), (1, 6), (3, 4), (1, 2), (2, 3)],
    )
    add(
        [V] * 10,
        [(1, 10), (1, 1), (10, 10), (3, 7)],
        expected="10000000000\n" + "1000000000\n" * 2 + "5000000000\n",
    )
    a = [rng.randint(-V, V) for _ in range(50)]
    add(a, random_queries(rng, 50, 50) + [(k, k) for k in range(1, 51)])  # includes l == r
    a = [rng.randint(-V, V) for _ in range(1000)]
    add(a, random_queries(rng, 1000, 1000))

    # largest inputs
    # n = q = 2*10^5 with small values (to keep the file small) and random long ranges:
    # an O(n*q) loop needs ~10^10 steps here
    a = [rng.randint(-100, 100) for _ in range(N_MAX)]
    add(a, random_queries(rng, N_MAX, Q_MAX))
    # n = 2*10^5 values at the 10^9 bound: answers up to 2*10^14
    a = [V] * N_MAX
    for k in rng.sample(range(N_MAX), 10):
        a[k] = rng.randint(-V, V)
    qs = [(1, N_MAX), (1, 1), (N_MAX, N_MAX), *random_queries(rng, N_MAX, 997)]
    add(a, qs)
    a = [-V] * (N_MAX // 10)
    add(a, [(1, N_MAX // 10), *random_queries(rng, N_MAX // 10, 999)])
    # n = 2*10^5, a single query over everything
    a = [rng.randint(-9, 9) for _ in range(N_MAX)]
    for k in rng.sample(range(N_MAX), 1000):
        a[k] = rng.randint(-V, V)
    add(a, [(1, N_MAX)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
