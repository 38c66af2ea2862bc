#!/usr/bin/env python3
"""Writes tests.jsonl for canoe-rental (stdlib only, deterministic: fixed seed).

stdio problem: each test's input is the whole stdin text, expected the whole stdout text.
Run: python3 problems/canoe-rental/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240210
N_MAX = 2 * 10**5
X_MAX = 10**9


def render(x, w):
    return f"{len(w)} {x}\n" + " ".join(map(str, w)) + "\n"


def reference(text):
    """Straightforward reference: sort; the heaviest person takes the lightest one along
    whenever the two fit together (a standard exchange argument shows this is optimal)."""
    tokens = text.split()
    n, x = int(tokens[0]), int(tokens[1])
    w = sorted(int(t) for t in tokens[2 : 2 + n])
    assert len(w) == n
    lo, hi, canoes = 0, n - 1, 0
    while lo <= hi:
        if lo < hi and w[lo] + w[hi] <= x:
            lo += 1
        hi -= 1
        canoes += 1
    return f"{canoes}\n"


def main():
    rng = random.Random(SEED)
    tests = []

    def add(x, w, hidden=True, expected=None):
        assert 1 <= len(w) <= N_MAX and 1 <= x <= X_MAX and all(1 <= v <= x for v in w)
        text = render(x, w)
        got = reference(text)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": text, "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(10, [7, 2, 3, 9], hidden=False, expected="3\n")
    add(100, [50] * 6, hidden=False, expected="3\n")
    add(5, [1, 2, 3, 4], hidden=False, expected="2\n")

    # small edge cases
    add(1, [1], expected="1\n")
    add(X_MAX, [X_MAX, 1], expected="2\n")
    add(X_MAX, [X_MAX // 2, X_MAX // 2], expected="1\n")
    add(X_MAX, [X_MAX // 2 + 1, X_MAX // 2], expected="2\n")
    add(10, [1, 9, 1, 9, 5], expected="3\n")
    add(10, [6, 6, 6, 4, 4, 4, 1], expected="4\n")
    add(20, [rng.randint(1, 20) for _ in range(100)])

    # largest inputs (n = 2 * 10^5)
    add(1, [1] * N_MAX, expected=f"{N_MAX}\n")  # nobody can share a canoe
    add(2, [1] * (N_MAX - 1), expected=f"{N_MAX // 2}\n")  # everybody pairs up, one alone
    add(10**6, [rng.randint(1, 10**6) for _ in range(N_MAX)])
    add(1000, [rng.randint(400, 600) for _ in range(N_MAX)])  # around x / 2
    light_heavy = [rng.choice((rng.randint(1, 300), rng.randint(701, 1000))) for _ in range(N_MAX // 2)]
    add(1000, light_heavy)
    # full-size values (n = 5 * 10^4 of them, to keep tests.jsonl under ~4 MB)
    add(X_MAX, [rng.randint(1, X_MAX) for _ in range(N_MAX // 4)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")
    for k, t in enumerate(tests, 1):
        print(k, t["input"].split("\n")[0], t["expected"].strip())


if __name__ == "__main__":
    main()
