#!/usr/bin/env python3
"""Writes tests.jsonl for group-anagrams (stdlib only, deterministic: fixed seed).

The checker accepts the groups, and the strings inside each group, in any order.
Run: python3 problems/group-anagrams/generate.py
"""

import json
import random
import string
from pathlib import Path

SEED = 20240216
N_MAX = 10**4
LEN_MAX = 100
LETTERS = string.ascii_lowercase


def reference(strs):
    """Straightforward reference: group by the sorted letters, groups in first-seen order."""
    groups = {}
    for s in strs:
        groups.setdefault("".join(sorted(s)), []).append(s)
    return list(groups.values())


def word(rng, n, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shuffled(rng, s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def main():
    rng = random.Random(SEED)
    tests = []

    def add(strs, hidden=True, expected=None):
        assert 1 <= len(strs) <= N_MAX
        assert all(len(s) <= LEN_MAX and set(s) <= set(LETTERS) for s in strs)
        got = reference(strs)
        if expected is not None:
            canon = lambda gs: sorted(sorted(g) for g in gs)  # noqa: E731
            assert canon(got) == canon(expected), got
        tests.append({"input": [strs], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add(["eat", "tea", "tan", "ate", "nat", "bat"], hidden=False,
        expected=[["bat"], ["nat", "tan"], ["ate", "eat", "tea"]])
    add([""], hidden=False, expected=[[""]])
    add(["a"], hidden=False, expected=[["a"]])

    # small hidden edge cases
    add(["", ""], expected=[["", ""]])  # equal strings stay in one group, twice
    add(["", "b"], expected=[[""], ["b"]])
    add(["abc", "abc", "bca", "cab"], expected=[["abc", "abc", "bca", "cab"]])
    add(["aab", "abb", "bab", "aba"], expected=[["aab", "aba"], ["abb", "bab"]])  # same letters
    add(["ac", "bb", "ca"], expected=[["ac", "ca"], ["bb"]])  # same sum of character codes
    add(["ab", "ba", "abc", "cba", "a", "b", "c"],
        expected=[["ab", "ba"], ["abc", "cba"], ["a"], ["b"], ["c"]])
    add(["z" * 100, "y" * 100, "z" * 99 + "y", "y" + "z" * 99],
        expected=[["z" * 100], ["y" * 100], ["z" * 99 + "y", "y" + "z" * 99]])

    # largest inputs (10^4 strings)
    # strings of length 100 in about 2000 groups of random sizes
    bases = [word(rng, LEN_MAX) for _ in range(2000)]
    add([shuffled(rng, rng.choice(bases)) for _ in range(N_MAX)])
    # 10^4 strings, every one its own group (distinct multisets of 8 of 10 letters)
    seen, strs = set(), []
    while len(strs) < N_MAX:
        w = word(rng, 8, "abcdefghij")
        key = "".join(sorted(w))
        if key not in seen:
            seen.add(key)
            strs.append(w)
    add(strs)
    # 10^4 rearrangements of one 20-letter string: a single group
    base = word(rng, 20)
    add([shuffled(rng, base) for _ in range(N_MAX)])
    # 10^4 short strings over three letters (lengths 0 to 5): many repeats, few groups
    add([word(rng, rng.randint(0, 5), "abc") for _ in range(N_MAX)])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
