#!/usr/bin/env python3
"""Writes tests.jsonl for palindrome-number (stdlib only, deterministic).

Run: python3 problems/palindrome-number/generate.py
"""

import json
from pathlib import Path

LO, HI = -(2**31), 2**31 - 1


def reference(x):
    """Straightforward reference: compare the decimal text with its reverse."""
    s = str(x)
    return s == s[::-1]


def main():
    tests = []

    def add(x, hidden=True, expected=None):
        assert LO <= x <= HI
        got = reference(x)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [x], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(121, hidden=False, expected=True)
    add(-121, hidden=False, expected=False)
    add(10, hidden=False, expected=False)

    add(0, expected=True)
    add(7, expected=True)
    add(-7, expected=False)
    add(11, expected=True)
    add(12, expected=False)
    add(100, expected=False)  # trailing zeros
    add(1001, expected=True)
    add(1221, expected=True)
    add(12321, expected=True)
    add(123, expected=False)
    add(1000021, expected=False)
    add(9999, expected=True)
    add(1234567899, expected=False)  # reversed, it does not fit in 32 bits
    add(1000000003, expected=False)  # reversed, it does not fit in 32 bits
    add(1000000001, expected=True)
    add(2147447412, expected=True)  # the largest 32-bit palindrome
    add(HI, expected=False)
    add(LO, expected=False)
    add(-2147447412, expected=False)
    add(1410110141, expected=True)
    add(123454321, expected=True)
    add(123456321, expected=False)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
