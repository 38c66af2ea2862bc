"""JSON <-> ListNode/TreeNode, and every supported type through each harness unchanged."""

from __future__ import annotations

import importlib.util
import itertools
import json
from collections import deque
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyscape_judge import Judge, load_problem
from pyscape_judge.paths import harness_dir
from tests.conftest import SCRIPT_LANGUAGES


def _python_codec() -> Any:
    spec = importlib.util.spec_from_file_location("codec", harness_dir("python") / "codec.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


codec = _python_codec()
ints = st.integers(-(2**31), 2**31 - 1)


@st.composite
def level_order_trees(draw: st.DrawFn) -> list[int | None]:
    """A random binary tree, written in LeetCode's level order (the canonical form)."""
    size = draw(st.integers(0, 40))
    if size == 0:
        return []
    nodes: list[dict[str, Any]] = [{"val": draw(ints), "left": None, "right": None}]
    for _ in range(size - 1):
        parent = nodes[draw(st.integers(0, len(nodes) - 1))]
        side = draw(st.sampled_from(["left", "right"]))
        if parent[side] is None:
            parent[side] = {"val": draw(ints), "left": None, "right": None}
            nodes.append(parent[side])
    out: list[int | None] = []
    queue: deque[dict[str, Any] | None] = deque([nodes[0]])
    while queue:
        node = queue.popleft()
        out.append(None if node is None else node["val"])
        if node is not None:
            queue.extend([node["left"], node["right"]])
    while out and out[-1] is None:
        out.pop()
    return out


@given(st.lists(ints, max_size=50))
def test_linked_list_round_trip(values: list[int]) -> None:
    assert codec.nodes_to_list(codec.list_to_nodes(values)) == values


@given(level_order_trees())
def test_tree_round_trip(values: list[int | None]) -> None:
    assert codec.tree_to_list(codec.list_to_tree(values)) == values


def test_deep_structures_need_no_recursion() -> None:
    deep = list(range(100_000))
    assert codec.nodes_to_list(codec.list_to_nodes(deep)) == deep
    skewed: list[int | None] = [0]
    for i in range(1, 20_000):
        skewed += [None, i]
    assert codec.tree_to_list(codec.list_to_tree(skewed)) == skewed


def test_a_cyclic_list_is_refused() -> None:
    head = codec.list_to_nodes([1, 2])
    head.next.next = head
    with pytest.raises(ValueError, match="cycle"):
        codec.nodes_to_list(head)


# ----------------------------------------------------------------- through the harnesses

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "int": ints,
    "long": st.integers(-(2**53), 2**53),
    "double": st.floats(-1e12, 1e12, allow_nan=False).filter(lambda x: not x.is_integer()),
    "boolean": st.booleans(),
    "string": TEXT,
    "char": st.characters(codec="ascii"),
    "int[]": st.lists(ints, max_size=6),
    "int[][]": st.lists(st.lists(ints, max_size=4), max_size=4),
    "char[][]": st.lists(st.lists(st.characters(codec="ascii"), max_size=3), max_size=3),
    "list<string>": st.lists(TEXT, max_size=4),
    "list<list<int>>": st.lists(st.lists(ints, max_size=3), max_size=3),
    "double[]": st.lists(st.floats(-1e6, 1e6, allow_nan=False), max_size=4),
    "ListNode": st.lists(ints, max_size=8),
    "TreeNode": level_order_trees(),
}
_slugs = itertools.count()
IDENTITY = {
    "python": "class Solution:\n    def identity(self, x):\n        return x\n",
    "javascript": "var identity = function(x) { return x; };\n",
}


def _identity_problem(make_problem, type_name: str, values: list[Any], slug: str):
    checker = "float" if "double" in type_name else "exact"
    toml = f"""
        title = "Identity"
        difficulty = "easy"
        mode = "function"
        checker = "{checker}"
        [signature]
        function = "identity"
        returns = "{type_name}"
        params = [{{ name = "x", type = "{type_name}" }}]
    """
    tests = [json.dumps({"input": [v], "expected": v}) for v in values]
    return load_problem(make_problem(toml, tests, slug=slug))


@pytest.mark.parametrize("language", SCRIPT_LANGUAGES)
@pytest.mark.parametrize("type_name", list(STRATEGIES))
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_values_come_back_unchanged(
    local_judge: Judge, make_problem, language: str, type_name: str, data: st.DataObject
) -> None:
    values = data.draw(st.lists(STRATEGIES[type_name], min_size=1, max_size=10))
    slug = f"identity-{next(_slugs)}"
    problem = _identity_problem(make_problem, type_name, values, slug)
    verdict = local_judge.judge(problem, language, IDENTITY[language])
    assert verdict.accepted, verdict.results[-1] if verdict.results else verdict
