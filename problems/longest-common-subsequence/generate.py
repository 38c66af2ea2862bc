#!/usr/bin/env python3
"""Writes tests.jsonl for longest-common-subsequence (stdlib only, deterministic: fixed seed).

Run: python3 problems/longest-common-subsequence/generate.py
"""

import json
import random
import string
from pathlib import Path

SEED = 20240614
L = 1000


def reference(a, b):
    """The textbook O(len(a) * len(b)) table, one row at a time."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rand(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(a, b, hidden=True, expected=None):
        assert 1 <= len(a) <= L and 1 <= len(b) <= L
        assert set(a + b) <= set(string.ascii_lowercase)
        got = reference(a, b)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [a, b], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add("abcde", "ace", hidden=False, expected=3)
    add("abc", "abc", hidden=False, expected=3)
    add("abc", "def", hidden=False, expected=0)

    # small hidden edge cases
    add("a", "a", expected=1)
    add("a", "b", expected=0)
    add("ezupkr", "ubmrapg", expected=2)
    add("bsbininm", "jmjkbkjkv", expected=1)
    add("abcba", "abcbcba", expected=5)
    add("xaybzc", "abc", expected=3)  # not contiguous in text1
    add("abcdef", "fedcba", expected=1)
    add("oxcpqrsvwf", "shmtulqrypy", expected=2)

    # largest inputs (1000 x 1000)
    add("a" * L, "a" * L, expected=L)
    add("z" * L, "y" * L, expected=0)
    s = rand(rng, L, string.ascii_lowercase)
    add(s, s[::-1])
    add(rand(rng, L, string.ascii_lowercase), rand(rng, L, string.ascii_lowercase))
    add(rand(rng, L, "ab"), rand(rng, L, "ab"))
    add(rand(rng, L, "abcd"), rand(rng, L, "abcd"))
    s = rand(rng, L, string.ascii_lowercase)
    t = "".join(c for c in s if rng.random() < 0.7)  # a subsequence of s
    add(s, t, expected=len(t))
    add(rand(rng, L, "abcdefghijklm"), rand(rng, L, "nopqrstuvwxyz"), expected=0)
    add("q", rand(rng, L, "pqr"), expected=1)
    add(rand(rng, L, "xyz"), "k", expected=0)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
