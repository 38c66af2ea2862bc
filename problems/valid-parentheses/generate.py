#!/usr/bin/env python3
"""Writes tests.jsonl for valid-parentheses (stdlib only, deterministic: fixed seed).

Run: python3 problems/valid-parentheses/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240102
N_MAX = 10**4
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def reference(s):
    stack = []
    for ch in s:
        if ch in CLOSE:
            stack.append(CLOSE[ch])
        elif not stack or stack.pop() != ch:
            return False
    return not stack


def random_balanced(rng, n, max_depth=None):
    """A random balanced string of even length n (depth capped by max_depth if given)."""
    assert n % 2 == 0
    out, stack = [], []
    while len(out) < n:
        remaining = n - len(out)
        can_open = remaining > len(stack) and (max_depth is None or len(stack) < max_depth)
        if stack and (not can_open or rng.random() < 0.5):
            out.append(stack.pop())
        else:
            ch = rng.choice(OPEN)
            out.append(ch)
            stack.append(CLOSE[ch])
    return "".join(out)


def main():
    rng = random.Random(SEED)
    tests = []

    def add(s, hidden=True, expected=None):
        assert 1 <= len(s) <= N_MAX and set(s) <= set("()[]{}")
        got = reference(s)
        if expected is not None:
            assert got == expected, (s, got)
        tests.append({"input": [s], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add("()", hidden=False, expected=True)
    add("()[]{}", hidden=False, expected=True)
    add("(]", hidden=False, expected=False)

    # small hidden edge cases
    add("([])", expected=True)
    add("([)]", expected=False)  # right counts, wrong nesting order
    add("{[]}", expected=True)
    add("{(})", expected=False)
    add("(", expected=False)  # single character
    add("]", expected=False)  # closing with nothing open
    add("((", expected=False)  # left open at the end
    add("){", expected=False)
    add("(([]){})", expected=True)
    add("[({})](]", expected=False)

    # largest inputs (length 10^4)
    half = N_MAX // 2
    nested = "".join(rng.choice(OPEN) for _ in range(half))
    closing = "".join(CLOSE[c] for c in reversed(nested))
    add(nested + closing, expected=True)  # nesting depth 5000
    bad = list(nested + closing)
    k = half + 1234  # swap one closing bracket for another kind
    bad[k] = {")": "]", "]": "}", "}": ")"}[bad[k]]
    add("".join(bad), expected=False)
    add(random_balanced(rng, N_MAX), expected=True)
    add(random_balanced(rng, N_MAX, max_depth=3), expected=True)
    add("()" * half, expected=True)
    add("(" * N_MAX, expected=False)
    s = random_balanced(rng, N_MAX - 2)
    add(s + "((", expected=False)  # balanced prefix, two left open
    s = random_balanced(rng, N_MAX - 2)
    add(s[: len(s) // 2] + ")" + s[len(s) // 2 :] + "(", expected=False)  # odd count inside
    # right count of every kind, never more closers than openers, but crossed: "([" ... ")]"
    a, b = random_balanced(rng, 4000), random_balanced(rng, 2000)
    add(a + "([" + b + ")]" + random_balanced(rng, N_MAX - 6004), expected=False)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
