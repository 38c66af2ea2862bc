#!/usr/bin/env python3
"""Writes tests.jsonl for word-break (stdlib only, deterministic: fixed seed).

Run: python3 problems/word-break/generate.py
"""

import json
import random
import string
from pathlib import Path

SEED = 20240622
S_MAX = 300
D_MAX = 1000
W_MAX = 20


def reference(s, words):
    """ok[i]: the prefix s[:i] can be cut into words."""
    d = set(words)
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in d for j in range(max(0, i - W_MAX), i))
    return ok[-1]


def rand_word(rng, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def main():
    rng = random.Random(SEED)
    tests = []

    def add(s, words, hidden=True, expected=None):
        assert 1 <= len(s) <= S_MAX and 1 <= len(words) <= D_MAX
        assert len(set(words)) == len(words)
        assert all(1 <= len(w) <= W_MAX and w.isalpha() and w.islower() for w in words)
        assert s.isalpha() and s.islower()
        got = reference(s, words)
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [s, words], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add("leetcode", ["leet", "code"], hidden=False, expected=True)
    add("applepenapple", ["apple", "pen"], hidden=False, expected=True)
    add("catsandog", ["cats", "dog", "sand", "and", "cat"], hidden=False, expected=False)

    # small hidden edge cases
    add("a", ["a"], expected=True)
    add("a", ["b"], expected=False)
    add("ab", ["a"], expected=False)
    add("cars", ["car", "ca", "rs"], expected=True)  # the longest first piece is a dead end
    add("aaaaaaa", ["aaaa", "aaa"], expected=True)
    add("goalspecial", ["go", "goal", "goals", "special"], expected=True)
    add("bb", ["a", "b", "bbb", "bbbb"], expected=True)
    add("abcd", ["a", "abc", "b", "cd"], expected=True)
    add("dogs", ["dog", "s", "gs"], expected=True)
    add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", ["a", "aa", "aaa", "aaaa"], expected=False)

    # largest inputs (|s| = 300, up to 1000 words of up to 20 letters)
    a_words = ["a" * k for k in range(1, 11)]
    add("a" * (S_MAX - 1) + "b", a_words, expected=False)  # exponential without memoization
    add("a" * S_MAX, ["a" * W_MAX, "a" * (W_MAX - 1)], expected=True)  # 300 = 15 * 20
    add("a" * S_MAX, ["a" * W_MAX, "a" * (W_MAX - 2)], expected=True)  # 300 = 6 * 20 + 10 * 18
    add("b" + "a" * (S_MAX - 1), a_words, expected=False)  # the dead end is at the front

    # 1000 random words; s is a concatenation of some of them
    words = set()
    while len(words) < D_MAX:
        words.add(rand_word(rng, 1, W_MAX, "abc"))
    words = sorted(words)
    rng.shuffle(words)
    s = ""
    while True:
        w = rng.choice(words)
        if len(s) + len(w) > S_MAX:
            break
        s += w
    add(s, words, expected=True)

    # the same kind of string, with one letter that no word contains
    add(s[: len(s) // 2] + "z" + s[len(s) // 2 + 1 :], words, expected=False)

    # long words over a tiny alphabet: many ways to cut, but the last piece never fits
    words = sorted({"ab" * k for k in range(1, 11)} | {"a" * k + "b" for k in range(1, 20)})
    add("ab" * 149 + "ba", words, expected=False)
    add("ab" * 150, words, expected=True)

    # 1000 words of exactly 20 letters; s is 15 of them
    words = sorted({rand_word(rng, W_MAX, W_MAX, "xy") for _ in range(D_MAX)})
    s = "".join(rng.choice(words) for _ in range(S_MAX // W_MAX))
    add(s, words, expected=True)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
