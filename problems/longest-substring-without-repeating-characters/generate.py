#!/usr/bin/env python3
"""Writes tests.jsonl for longest-substring-without-repeating-characters (stdlib only, seeded).

Strings use the 95 printable ASCII characters (space to '~').
Run: python3 problems/longest-substring-without-repeating-characters/generate.py
"""

import json
import random
import string
from pathlib import Path

SEED = 20240219
N_MAX = 5 * 10**4
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def reference(s):
    """Straightforward reference: a sliding window with the last position of each char."""
    last, left, best = {}, 0, 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    return best


def brute(s):
    return max([0] + [j - i for i in range(len(s)) for j in range(i + 1, len(s) + 1)
                      if len(set(s[i:j])) == j - i])


def main():
    rng = random.Random(SEED)
    tests = []

    def add(s, hidden=True, expected=None):
        assert 0 <= len(s) <= N_MAX and set(s) <= set(PRINTABLE)
        got = reference(s)
        if len(s) <= 80:
            assert got == brute(s)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [s], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add("abcabcbb", hidden=False, expected=3)
    add("bbbbb", hidden=False, expected=1)
    add("pwwkew", hidden=False, expected=3)

    # small hidden edge cases
    add("", expected=0)
    add(" ", expected=1)
    add("au", expected=2)
    add("dvdf", expected=3)
    add("abba", expected=2)  # the window must never move left
    add("tmmzuxt", expected=5)
    add("a\"b\\c'd", expected=7)  # quotes and a backslash
    add("  a b ", expected=3)
    add("".join(rng.choice("abcdef ") for _ in range(60)))

    # largest inputs (length 5 * 10^4)
    add("".join(rng.choice(PRINTABLE) for _ in range(N_MAX)))
    add("a" * N_MAX, expected=1)
    add((PRINTABLE * (N_MAX // 95 + 1))[:N_MAX], expected=95)  # every char, cycled
    run = list(PRINTABLE)
    rng.shuffle(run)
    body = "".join(rng.choice("xy") for _ in range(N_MAX - 95))
    add(body + "".join(run), expected=95)  # the only long run is at the very end
    alnum = string.ascii_letters + string.digits
    add("".join(rng.choice(alnum) for _ in range(N_MAX)))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
