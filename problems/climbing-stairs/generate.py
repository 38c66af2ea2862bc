#!/usr/bin/env python3
"""Writes tests.jsonl for climbing-stairs (stdlib only, deterministic).

Run: python3 problems/climbing-stairs/generate.py
"""

import json
from pathlib import Path

N_MAX = 45


def reference(n):
    """Straightforward reference: ways(n) = ways(n - 1) + ways(n - 2), ways(0) = ways(1) = 1."""
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b


def main():
    tests = []

    def add(n, hidden=True, expected=None):
        assert 1 <= n <= N_MAX
        got = reference(n)
        assert got < 2**31
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [n], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(2, hidden=False, expected=2)
    add(3, hidden=False, expected=3)

    # hidden: the smallest values, then growing up to the largest n
    add(1, expected=1)
    add(4, expected=5)
    add(5, expected=8)
    add(10, expected=89)
    add(19)
    add(25)
    add(32)
    add(38)
    add(42)
    add(44, expected=1134903170)
    add(45, expected=1836311903)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
