#!/usr/bin/env python3
"""Writes tests.jsonl for valid-anagram (stdlib only, deterministic: fixed seed).

Run: python3 problems/valid-anagram/generate.py
"""

import json
import random
import string
from pathlib import Path

SEED = 20240215
N_MAX = 5 * 10**4
LETTERS = string.ascii_lowercase


def reference(s, t):
    """Straightforward reference: compare the sorted letters."""
    return sorted(s) == sorted(t)


def shuffled(rng, s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def main():
    rng = random.Random(SEED)
    tests = []

    def add(s, t, hidden=True, expected=None):
        for x in (s, t):
            assert 1 <= len(x) <= N_MAX and set(x) <= set(LETTERS)
        got = reference(s, t)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [s, t], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add("anagram", "nagaram", hidden=False, expected=True)
    add("rat", "car", hidden=False, expected=False)

    # small hidden edge cases
    add("a", "a", expected=True)
    add("a", "b", expected=False)
    add("ab", "a", expected=False)  # different lengths
    add("a", "ab", expected=False)
    add("aacc", "ccac", expected=False)  # same set of letters, different counts
    add("ad", "bc", expected=False)  # same total of character codes
    add("listen", "silent", expected=True)
    add("abc", "abc", expected=True)

    # largest inputs (length 5 * 10^4)
    s = "".join(rng.choice(LETTERS) for _ in range(N_MAX))
    add(s, shuffled(rng, s), expected=True)
    t = list(shuffled(rng, s))
    i = next(k for k in range(N_MAX) if t[k] != "z")
    t[i] = chr(ord(t[i]) + 1)  # one letter moved up by one: code sums differ, lengths equal
    add(s, "".join(t), expected=False)
    t = list(shuffled(rng, s))
    i, j = rng.sample([k for k in range(N_MAX) if t[k] not in "az"], 2)
    t[i] = chr(ord(t[i]) + 1)
    t[j] = chr(ord(t[j]) - 1)  # same length, same sum of codes, different letters
    add(s, "".join(t), expected=reference(s, "".join(t)))
    s = "".join(rng.choice("ab") for _ in range(N_MAX))
    add(s, s[:-1], expected=False)  # t is s minus its last letter
    add("z" * N_MAX, "z" * N_MAX, expected=True)
    half = N_MAX // 2
    add("a" * half + "b" * half, "b" * (half + 1) + "a" * (half - 1), expected=False)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
