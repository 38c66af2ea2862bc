#!/usr/bin/env python3
"""Writes tests.jsonl for generate-parentheses (stdlib only, deterministic).

Only 8 inputs exist (n = 1..8): all of them are tested, and a few are asked again after
others, which catches solutions that keep state between calls (a mutable default argument,
a module-level list).
Run: python3 problems/generate-parentheses/generate.py
"""

import json
from itertools import product
from pathlib import Path


def reference(n):
    """Straightforward reference: every string of 2n brackets, keep the balanced ones."""
    out = []
    for chars in product("()", repeat=2 * n):
        depth = 0
        for c in chars:
            depth += 1 if c == "(" else -1
            if depth < 0:
                break
        if depth == 0:
            out.append("".join(chars))
    return out


def main():
    tests = []

    def add(n, hidden=True, expected=None):
        assert 1 <= n <= 8
        got = reference(n)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [n], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(3, hidden=False, expected=["((()))", "(()())", "(())()", "()(())", "()()()"])
    add(1, hidden=False, expected=["()"])

    add(2, expected=["(())", "()()"])
    add(4)
    add(5)
    add(6)
    add(7)
    add(8)  # the largest input: 1430 strings
    # again, after larger calls
    add(2, expected=["(())", "()()"])
    add(3)
    add(1)
    add(8)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
