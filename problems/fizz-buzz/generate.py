#!/usr/bin/env python3
"""Writes tests.jsonl for fizz-buzz (stdlib only, deterministic).

Run: python3 problems/fizz-buzz/generate.py
"""

import json
from pathlib import Path


def reference(n):
    out = []
    for i in range(1, n + 1):
        word = ("Fizz" if i % 3 == 0 else "") + ("Buzz" if i % 5 == 0 else "")
        out.append(word or str(i))
    return out


def main():
    tests = []

    def add(n, hidden=True):
        assert 1 <= n <= 10**4
        tests.append({"input": [n], "expected": reference(n), "hidden": hidden})

    for n in (3, 5, 15):  # visible: the statement's examples
        add(n, hidden=False)
    for n in (1, 2, 4, 6, 10, 14, 16, 30, 31, 45, 100, 9999, 10**4):
        add(n)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
