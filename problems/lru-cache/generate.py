#!/usr/bin/env python3
"""Writes tests.jsonl for lru-cache (stdlib only, deterministic: fixed seed).

Each test is LeetCode's design format: input = [method names, argument lists], the first
call being the constructor; expected = what each call returns (null for put).
The largest test (2 * 10^5 calls) uses small values to keep tests.jsonl under ~4 MB.
Run: python3 problems/lru-cache/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240208
MAX_CALLS = 2 * 10**5
CAP_MAX = 3000
KEY_MAX = 10**4
VAL_MAX = 10**5


def reference(names, args):
    """Straightforward reference: keys kept ordered from least to most recently used."""
    assert names[0] == "LRUCache"
    capacity = args[0][0]
    # order: a dict used as an ordered set (insertion order = least recently used first)
    order, values, out = {}, {}, [None]
    for name, a in zip(names[1:], args[1:], strict=True):
        if name == "get":
            key = a[0]
            if key in values:
                del order[key]
                order[key] = None
                out.append(values[key])
            else:
                out.append(-1)
        elif name == "put":
            key, value = a
            if key in values:
                del order[key]
            values[key] = value
            order[key] = None
            if len(order) > capacity:
                oldest = next(iter(order))
                del order[oldest]
                del values[oldest]
            out.append(None)
        else:
            raise AssertionError(name)
    return out


def random_ops(rng, capacity, count, key_max, val_max, p_put=0.5):
    names, args = ["LRUCache"], [[capacity]]
    for _ in range(count):
        key = rng.randint(0, key_max)
        if rng.random() < p_put:
            names.append("put")
            args.append([key, rng.randint(0, val_max)])
        else:
            names.append("get")
            args.append([key])
    return names, args


def main():
    rng = random.Random(SEED)
    tests = []

    def add(names, args, hidden=True, expected=None):
        assert len(names) == len(args) and 1 <= len(names) - 1 <= MAX_CALLS
        assert names[0] == "LRUCache" and 1 <= args[0][0] <= CAP_MAX
        for n, a in zip(names[1:], args[1:], strict=True):
            assert 0 <= a[0] <= KEY_MAX and (n == "get" or 0 <= a[1] <= VAL_MAX)
        got = reference(names, args)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [names, args], "expected": got, "hidden": hidden})

    def add_ops(capacity, ops, expected=None):
        """ops like ["put 1 2", "get 1"]."""
        names, args = ["LRUCache"], [[capacity]]
        for op in ops:
            name, *nums = op.split()
            names.append(name)
            args.append([int(x) for x in nums])
        add(names, args, expected=expected)

    # visible: the statement's examples
    add(
        ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
        [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]],
        hidden=False,
        expected=[None, None, None, 1, None, -1, None, -1, 3, 4],
    )
    add(
        ["LRUCache", "put", "put", "put", "put", "get", "get"],
        [[2], [2, 1], [1, 1], [2, 3], [4, 1], [1], [2]],
        hidden=False,
        expected=[None, None, None, None, None, -1, 3],
    )

    # small edge cases
    add_ops(1, ["get 0"], expected=[None, -1])  # empty cache
    add_ops(1, ["put 2 1", "get 2", "put 3 2", "get 2", "get 3"], expected=[None, None, 1, None, -1, 2])
    add_ops(  # value 0 is a real value, not a miss
        2, ["put 0 0", "get 0", "put 10000 100000", "get 10000", "get 0"],
        expected=[None, None, 0, None, 100000, 0],
    )
    add_ops(  # overwriting at full capacity must not evict anything
        2, ["put 1 1", "put 2 2", "put 1 10", "get 1", "get 2", "put 2 20", "get 1", "get 2"],
        expected=[None, None, None, None, 10, 2, None, 10, 20],
    )
    add_ops(  # a get refreshes: key 1 survives two evictions
        3, ["put 1 1", "put 2 2", "put 3 3", "get 1", "put 4 4", "get 1", "put 5 5",
            "get 2", "get 3", "get 1", "get 4", "get 5"],
        expected=[None, None, None, None, 1, None, 1, None, -1, -1, 1, 4, 5],
    )
    add_ops(  # a failed get changes nothing
        2, ["put 1 1", "put 2 2", "get 3", "put 3 3", "get 1", "get 2", "get 3"],
        expected=[None, None, None, -1, None, -1, 2, 3],
    )
    add(*random_ops(rng, 3, 2000, 8, 50))
    add(*random_ops(rng, 10, 5000, 25, 1000, p_put=0.4))

    # largest inputs
    # 2 * 10^5 calls, full capacity, keys over the whole range: ~10^5 evictions
    # (values 0..9 keep it at ~3.5 MB)
    add(*random_ops(rng, CAP_MAX, MAX_CALLS, KEY_MAX, 9))
    # capacity 1: every new key evicts
    add(*random_ops(rng, 1, 10000, 3, VAL_MAX))
    # keys fit: no eviction ever, lots of overwrites
    add(*random_ops(rng, CAP_MAX, 10000, CAP_MAX - 1, VAL_MAX))
    # a cyclic scan over capacity + 1 keys: every get misses (the classic LRU worst case)
    names, args = ["LRUCache"], [[CAP_MAX]]
    for r in range(2):
        for k in range(CAP_MAX + 1):
            names += ["get", "put"]
            args += [[k], [k, r]]
    add(names, args)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
