#!/usr/bin/env python3
"""Writes tests.jsonl for roman-to-integer (stdlib only, deterministic: fixed seed).

Each test is a number written in Roman numerals by to_roman(); the expected output is the
number itself. Run: python3 problems/roman-to-integer/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240617
PAIRS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = []
    for value, letters in PAIRS:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def parse(s):
    """Independent check: subtract a letter that is smaller than the next one."""
    total = 0
    for i, c in enumerate(s):
        v = VALUES[c]
        total += -v if i + 1 < len(s) and v < VALUES[s[i + 1]] else v
    return total


def main():
    rng = random.Random(SEED)
    tests = []

    def add(n, hidden=True):
        s = to_roman(n)
        assert 1 <= n <= 3999 and 1 <= len(s) <= 15 and parse(s) == n
        tests.append({"input": [s], "expected": n, "hidden": hidden})

    for n in (3, 58, 1994):  # visible: the statement's examples
        add(n, hidden=False)
    # single letters and every subtractive pair
    for n in (1, 5, 10, 50, 100, 500, 1000, 4, 9, 40, 90, 400, 900):
        add(n)
    # several subtractive pairs in a row, the longest numeral (3888, 15 letters), the largest
    for n in (14, 49, 99, 444, 999, 1444, 2421, 3888, 3999, 3000, 1666):
        add(n)
    for n in rng.sample(range(1, 4000), 10):
        add(n)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
