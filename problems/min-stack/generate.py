#!/usr/bin/env python3
"""Writes tests.jsonl for min-stack (stdlib only, deterministic: fixed seed).

Each test is LeetCode's design format: input = [method names, argument lists], the first
call being the constructor; expected = what each call returns (null for void).
Run: python3 problems/min-stack/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240106
MAX_CALLS = 3 * 10**4  # calls to push/pop/top/getMin (the constructor not counted)
LO, HI = -(2**31), 2**31 - 1


def reference(names, args):
    """Straightforward reference: a plain list, getMin scans it."""
    assert names[0] == "MinStack" and args[0] == []
    stack, out = [], [None]
    for name, a in zip(names[1:], args[1:], strict=True):
        if name == "push":
            stack.append(a[0])
            out.append(None)
        elif name == "pop":
            stack.pop()
            out.append(None)
        elif name == "top":
            out.append(stack[-1])
        elif name == "getMin":
            out.append(min(stack))
        else:
            raise AssertionError(name)
    return out


def parse(ops):
    """Ops like ["push 3", "getMin", ...] -> (names, args) with the constructor first."""
    names, args = ["MinStack"], [[]]
    for op in ops:
        parts = op.split()
        names.append(parts[0])
        args.append([int(p) for p in parts[1:]])
    return names, args


def random_ops(rng, count, value, p_push=0.5):
    """count random valid calls; value() draws pushed values."""
    ops, size = [], 0
    for _ in range(count):
        if size == 0 or rng.random() < p_push:
            ops.append(f"push {value()}")
            size += 1
        else:
            op = rng.choice(["pop", "top", "getMin", "getMin"])
            ops.append(op)
            size -= op == "pop"
    return ops


def main():
    rng = random.Random(SEED)
    tests = []

    def add(names, args, hidden=True, expected=None):
        assert len(names) == len(args) and len(names) - 1 <= MAX_CALLS
        assert all(LO <= a[0] <= HI for n, a in zip(names, args, strict=True) if n == "push")
        got = reference(names, args)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [names, args], "expected": got, "hidden": hidden})

    def add_ops(ops, expected=None):
        add(*parse(ops), expected=expected)

    # visible: the statement's examples
    add(
        ["MinStack", "push", "push", "push", "getMin", "pop", "top", "getMin"],
        [[], [-2], [0], [-3], [], [], [], []],
        hidden=False,
        expected=[None, None, None, None, -3, None, 0, -2],
    )
    add(
        ["MinStack", "push", "push", "push", "pop", "getMin", "top"],
        [[], [2], [1], [1], [], [], []],
        hidden=False,
        expected=[None, None, None, None, None, 1, 1],
    )

    # small hidden edge cases
    add_ops(["push 7", "top", "getMin"], expected=[None, None, 7, 7])
    add_ops(  # empty the stack, then use it again
        ["push 1", "pop", "push -1", "getMin", "push 3", "top", "getMin"],
        expected=[None, None, None, None, -1, None, 3, -1],
    )
    add_ops(  # 32-bit extremes (min - val style tricks overflow here)
        [
            f"push {HI}",
            f"push {LO}",
            "getMin",
            "top",
            "pop",
            "getMin",
            "top",
            f"push {HI}",
            "getMin",
            f"push {LO}",
            f"push {LO}",
            "pop",
            "getMin",
            "top",
        ],
    )
    add_ops(  # the minimum several times
        [
            "push 0",
            "push 1",
            "push 0",
            "push 0",
            "getMin",
            "pop",
            "getMin",
            "pop",
            "getMin",
            "pop",
            "getMin",
            "top",
        ],
    )
    add_ops([f"push {v}" for v in range(5, -6, -1)] + ["getMin", "pop"] * 10 + ["top"])
    add_ops([f"push {v}" for v in range(-5, 6)] + ["getMin", "top", "pop"] * 10)
    add_ops(random_ops(rng, 60, lambda: rng.randint(-10, 10)))

    # largest inputs (3 * 10^4 calls)
    add_ops(random_ops(rng, MAX_CALLS, lambda: rng.randint(LO, HI), p_push=0.55))
    add_ops(random_ops(rng, MAX_CALLS, lambda: rng.randint(-1, 1), p_push=0.6))
    half = MAX_CALLS // 2  # 15000 decreasing pushes, then pop/getMin all the way down
    add_ops([f"push {10**9 - 7 * i}" for i in range(half)] + ["getMin", "pop"] * (half // 2))
    ops = []  # sawtooth: grow to 2500 with queries, shrink back, repeat
    while len(ops) < MAX_CALLS - 5000:
        ops += [f"push {rng.randint(LO, HI)}" for _ in range(2500)]
        ops += ["getMin", "top", "pop", "pop"] * 1249 + ["pop", "pop"]
    add_ops(ops[:MAX_CALLS])

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
