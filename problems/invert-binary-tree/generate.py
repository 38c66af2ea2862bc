#!/usr/bin/env python3
"""Writes tests.jsonl for invert-binary-tree (stdlib only, deterministic: fixed seed).

Trees are built as nested [val, left, right] triples, then written in LeetCode's level
order. Run: python3 problems/invert-binary-tree/generate.py
"""

import json
import random
from collections import deque
from pathlib import Path

SEED = 20240615
N_MAX = 100


def level_order(tree):
    out, q = [], deque([tree])
    while q:
        node = q.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node[0])
        q.append(node[1])
        q.append(node[2])
    while out and out[-1] is None:
        out.pop()
    return out


def parse(values):
    if not values or values[0] is None:
        return None
    root = [values[0], None, None]
    q, i = deque([root]), 1
    while q and i < len(values):
        node = q.popleft()
        for side in (1, 2):
            if i < len(values) and values[i] is not None:
                node[side] = [values[i], None, None]
                q.append(node[side])
            i += 1
    return root


def mirror(tree):
    if tree is None:
        return None
    return [tree[0], mirror(tree[2]), mirror(tree[1])]


def size(tree):
    return 0 if tree is None else 1 + size(tree[1]) + size(tree[2])


def random_tree(rng, n):
    """n nodes, each new one hung on a random free child slot."""
    root = [rng.randint(-100, 100), None, None]
    slots = [(root, 1), (root, 2)]
    for _ in range(n - 1):
        parent, side = slots.pop(rng.randrange(len(slots)))
        node = [rng.randint(-100, 100), None, None]
        parent[side] = node
        slots += [(node, 1), (node, 2)]
    return root


def chain(rng, n, pick):
    root = node = [rng.randint(-100, 100), None, None]
    for k in range(n - 1):
        child = [rng.randint(-100, 100), None, None]
        node[pick(k)] = child
        node = child
    return root


def main():
    rng = random.Random(SEED)
    tests = []

    def add(values, hidden=True, expected=None):
        tree = parse(values)
        assert level_order(tree) == values, "not canonical level order"
        assert 0 <= size(tree) <= N_MAX
        got = level_order(mirror(tree))
        if expected is not None:
            assert got == expected, (got, expected)
        tests.append({"input": [values], "expected": got, "hidden": hidden})

    # visible: the statement's examples
    add([4, 2, 7, 1, 3, 6, 9], hidden=False, expected=[4, 7, 2, 9, 6, 3, 1])
    add([2, 1, 3], hidden=False, expected=[2, 3, 1])
    add([], hidden=False, expected=[])

    # small hidden edge cases
    add([1], expected=[1])
    add([1, 2], expected=[1, None, 2])
    add([1, None, 2], expected=[1, 2])
    add([-100, 100, -100], expected=[-100, -100, 100])
    add([5, 5, 5, 5, None, None, 5], expected=[5, 5, 5, 5, None, None, 5])
    add([1, 2, 3, 4, 5, None, 6, None, 7, 8])
    add([3, 1, None, None, 2], expected=[3, None, 1, 2])

    # largest inputs (100 nodes)
    add(level_order(chain(rng, N_MAX, lambda k: 1)))  # all left children
    add(level_order(chain(rng, N_MAX, lambda k: 2)))  # all right children
    add(level_order(chain(rng, N_MAX, lambda k: 1 + k % 2)))  # zigzag
    add(list(range(1, N_MAX + 1)))  # complete tree
    for _ in range(3):
        add(level_order(random_tree(rng, N_MAX)))

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out}")


if __name__ == "__main__":
    main()
