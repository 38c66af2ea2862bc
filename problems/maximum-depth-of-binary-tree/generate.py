#!/usr/bin/env python3
"""Writes tests.jsonl for maximum-depth-of-binary-tree (stdlib only, deterministic: fixed seed).

A tree is given in JSON in LeetCode's level order: values level by level, left to right,
null for a missing child of a present node, trailing nulls dropped.
Run: python3 problems/maximum-depth-of-binary-tree/generate.py
"""

import json
import random
from pathlib import Path

SEED = 20240104
N_MAX = 10**4
V = 100


class Tree:
    """Array-backed binary tree: node k has val[k], left[k], right[k] (-1 = none); root 0."""

    def __init__(self):
        self.val, self.left, self.right = [], [], []

    def new(self, v):
        self.val.append(v)
        self.left.append(-1)
        self.right.append(-1)
        return len(self.val) - 1

    def level_order(self):
        if not self.val:
            return []
        out, queue, head = [], [0], 0
        while head < len(queue):
            k = queue[head]
            head += 1
            if k == -1:
                out.append(None)
                continue
            out.append(self.val[k])
            queue.append(self.left[k])
            queue.append(self.right[k])
        while out and out[-1] is None:
            out.pop()
        return out


def parse_level_order(values):
    """LeetCode level order -> Tree (the inverse of Tree.level_order)."""
    t = Tree()
    if not values:
        return t
    t.new(values[0])
    queue, head, i = [0], 0, 1
    while i < len(values):
        k = queue[head]
        head += 1
        for side in (t.left, t.right):
            if i < len(values) and values[i] is not None:
                side[k] = t.new(values[i])
                queue.append(side[k])
            i += 1
    return t


def reference(values):
    """Straightforward reference: count the levels of a breadth-first traversal."""
    t = parse_level_order(values)
    depth, level = 0, ([0] if t.val else [])
    while level:
        depth += 1
        level = [c for k in level for c in (t.left[k], t.right[k]) if c != -1]
    return depth


def rv(rng):
    return rng.randint(-V, V)


def chain(rng, n, directions):
    """A path of n nodes; directions(i) gives 'L' or 'R' for the i-th edge."""
    t = Tree()
    cur = t.new(rv(rng))
    for i in range(n - 1):
        nxt = t.new(rv(rng))
        (t.left if directions(i) == "L" else t.right)[cur] = nxt
        cur = nxt
    return t


def complete(rng, n):
    t = Tree()
    for k in range(n):
        t.new(rv(rng))
        if k:
            parent = (k - 1) // 2
            (t.left if k % 2 == 1 else t.right)[parent] = k
    return t


def random_attach(rng, n):
    """Each new node takes a uniformly random free child slot."""
    t = Tree()
    t.new(rv(rng))
    slots = [(0, "L"), (0, "R")]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        slots[i], slots[-1] = slots[-1], slots[i]
        parent, side = slots.pop()
        k = t.new(rv(rng))
        (t.left if side == "L" else t.right)[parent] = k
        slots += [(k, "L"), (k, "R")]
    return t


def random_bst(rng, n):
    """Shape of a BST built by inserting a random permutation (values are random labels)."""
    t = Tree()
    keys = []
    for key in rng.sample(range(n), n):
        k = t.new(rv(rng))
        keys.append(key)
        if k == 0:
            continue
        cur = 0
        while True:
            side = t.left if key < keys[cur] else t.right
            if side[cur] == -1:
                side[cur] = k
                break
            cur = side[cur]
    return t


def caterpillar(rng, n):
    """A random-direction spine of n/2 nodes, each with one extra leaf on its free side."""
    t = Tree()
    spine = n // 2
    cur = t.new(rv(rng))
    for i in range(spine):
        go_left = rng.random() < 0.5
        leaf = t.new(rv(rng))
        (t.right if go_left else t.left)[cur] = leaf
        if i < spine - 1:
            nxt = t.new(rv(rng))
            (t.left if go_left else t.right)[cur] = nxt
            cur = nxt
    return t


def main():
    rng = random.Random(SEED)
    tests = []

    def add(values, hidden=True, expected=None):
        nodes = sum(v is not None for v in values)
        assert nodes <= N_MAX and all(v is None or -V <= v <= V for v in values)
        assert parse_level_order(values).level_order() == values  # canonical form
        got = reference(values)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [values], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([3, 9, 20, None, None, 15, 7], hidden=False, expected=3)
    add([1, None, 2], hidden=False, expected=2)

    # small hidden edge cases
    add([], expected=0)
    add([0], expected=1)
    add([1, 2], expected=2)
    add([-100, -100, 100], expected=2)
    add([1, 2, 3, 4, None, None, 5, 6], expected=4)
    add([1, 2, 3, None, 4, None, None, 5, None, None, 6], expected=5)  # zigzag inside the left

    # largest inputs (10^4 nodes)
    add(chain(rng, N_MAX, lambda i: "L").level_order(), expected=N_MAX)  # left-skewed
    add(chain(rng, N_MAX, lambda i: "R").level_order(), expected=N_MAX)  # right-skewed
    add(chain(rng, N_MAX, lambda i: "LR"[i % 2]).level_order(), expected=N_MAX)  # zigzag
    add(chain(rng, N_MAX, lambda i: rng.choice("LR")).level_order(), expected=N_MAX)
    add(complete(rng, N_MAX).level_order(), expected=14)
    add(random_attach(rng, N_MAX).level_order())
    add(random_bst(rng, N_MAX).level_order())
    add(caterpillar(rng, N_MAX).level_order(), expected=N_MAX // 2 + 1)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
