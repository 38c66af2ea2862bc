#!/usr/bin/env python3
"""Writes tests.jsonl for same-tree (stdlib only, deterministic: fixed seed).

A tree is given in JSON in LeetCode's level order: values level by level, left to right,
null for a missing child of a present node, trailing nulls dropped.
Run: python3 problems/same-tree/generate.py
"""

import copy
import json
import random
from pathlib import Path

SEED = 20240207
N_MAX = 100
V = 10**4


class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def level_order(root):
    out, queue, head = [], [root], 0
    if root is None:
        return []
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue += [node.left, node.right]
    while out and out[-1] is None:
        out.pop()
    return out


def parse(values):
    """LeetCode level order -> tree (the inverse of level_order)."""
    if not values:
        return None
    root = Node(values[0])
    queue, head, i = [root], 0, 1
    while i < len(values):
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = Node(values[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def reference(p, q):
    """Straightforward reference: compare the level-order texts of the two trees."""
    return p == q


def nodes(root):
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node)
        stack += [c for c in (node.left, node.right) if c]
    return out


def random_tree(rng, n, values):
    """n nodes, each new node hung on a random free child slot."""
    root = Node(values())
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        node, side = slots.pop(rng.randrange(len(slots)))
        child = Node(values())
        setattr(node, side, child)
        slots += [(child, "left"), (child, "right")]
    return root


def chain(n, side, value=lambda k: k):
    root = node = Node(value(0))
    for k in range(1, n):
        child = Node(value(k))
        setattr(node, side, child)
        node = child
    return root


def main():
    rng = random.Random(SEED)
    tests = []

    def add(p, q, hidden=True, expected=None):
        for t in (p, q):
            assert len(t) - t.count(None) <= N_MAX
            assert all(-V <= x <= V for x in t if x is not None)
            assert level_order(parse(t)) == t
        got = reference(p, q)
        if expected is not None:
            assert got == expected, got
        tests.append({"input": [p, q], "expected": got, "hidden": hidden})

    def add_trees(p, q, expected=None):
        add(level_order(p), level_order(q), expected=expected)

    # visible: the statement's examples
    add([1, 2, 3], [1, 2, 3], hidden=False, expected=True)
    add([1, 2], [1, None, 2], hidden=False, expected=False)
    add([1, 2, 1], [1, 1, 2], hidden=False, expected=False)

    # small edge cases
    add([], [], expected=True)
    add([], [0], expected=False)
    add([0], [], expected=False)
    add([-V], [-V], expected=True)
    add([1], [2], expected=False)
    add([1, 2, 3], [1, 2, 4], expected=False)  # differs only in the right subtree
    add([1, None, 2, 3], [1, None, 2, None, 3], expected=False)  # same preorder 1,2,3
    add([5, 4, 6, 3, None, None, 7], [5, 4, 6, 3, None, None, 7], expected=True)

    # largest inputs (100 nodes)
    vals = lambda: rng.randint(-V, V)  # noqa: E731
    t = random_tree(rng, N_MAX, vals)
    add_trees(t, copy.deepcopy(t), expected=True)
    t2 = copy.deepcopy(t)  # one deep leaf differs by one
    leaf = [nd for nd in nodes(t2) if nd.left is None and nd.right is None][-1]
    leaf.val = leaf.val + 1 if leaf.val < V else leaf.val - 1
    add_trees(t, t2, expected=False)
    t3 = copy.deepcopy(t)  # a leaf moved from one side of its parent to the other
    parent = next(nd for nd in nodes(t3) if (nd.left is None) != (nd.right is None))
    parent.left, parent.right = parent.right, parent.left
    add_trees(t, t3, expected=False)
    # 100-node chains: all left vs all right (same values, same preorder)
    add_trees(chain(N_MAX, "left"), chain(N_MAX, "left"), expected=True)
    add_trees(chain(N_MAX, "left"), chain(N_MAX, "right"), expected=False)
    add_trees(chain(N_MAX, "right", lambda k: 7), chain(N_MAX, "right", lambda k: 7), expected=True)
    # the same values everywhere, shapes differ deep down
    ones = lambda: 1  # noqa: E731
    a = random_tree(rng, N_MAX, ones)
    b = copy.deepcopy(a)
    parent = [nd for nd in nodes(b) if (nd.left is None) != (nd.right is None)][-1]
    parent.left, parent.right = parent.right, parent.left
    add_trees(a, b, expected=False)
    add_trees(a, copy.deepcopy(a), expected=True)
    # a tree and its 99-node prefix (the last node in level order removed)
    lo = level_order(random_tree(rng, N_MAX, vals))
    cut = lo[:-1]
    while cut and cut[-1] is None:
        cut.pop()
    add(lo, cut, expected=False)

    out = Path(__file__).with_name("tests.jsonl")
    with out.open("w") as f:
        for t in tests:
            f.write(json.dumps(t, separators=(",", ":")) + "\n")
    print(f"wrote {len(tests)} tests to {out} ({out.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
