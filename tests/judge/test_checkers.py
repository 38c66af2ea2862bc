"""Properties of the answer checkers."""

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pyscape_judge.checkers import (
    any_order,
    any_order_nested,
    equal,
    exact,
    text_any_order,
    text_exact,
    text_tokens_within,
    within,
)

scalars = st.one_of(st.integers(-(2**40), 2**40), st.booleans(), st.text(max_size=5), st.none())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5), max_leaves=20)


@given(values)
def test_exact_is_reflexive(value: Any) -> None:
    assert exact(value, value).passed


@given(values, values)
def test_exact_is_symmetric(a: Any, b: Any) -> None:
    assert exact(a, b).passed == exact(b, a).passed


def test_exact_is_strict_about_numeric_types_unless_floating() -> None:
    assert not exact(1, 1.0).passed
    assert exact(1, 1.0, floating=True).passed
    assert not exact(True, 1).passed
    assert not exact([1, 2], [2, 1]).passed


@given(st.lists(st.integers(), max_size=8), st.randoms())
def test_any_order_accepts_every_permutation(items: list[int], rnd: Any) -> None:
    shuffled = items[:]
    rnd.shuffle(shuffled)
    assert any_order(shuffled, items).passed


@given(st.lists(st.integers(), min_size=1, max_size=8))
def test_any_order_still_counts_duplicates(items: list[int]) -> None:
    assert not any_order([*items, items[0]], items).passed


@given(st.lists(st.lists(st.integers(), max_size=4), max_size=5), st.randoms())
def test_any_order_nested_ignores_order_at_every_level(groups: list[list[int]], rnd: Any) -> None:
    shuffled = [rnd.sample(g, len(g)) for g in groups]
    rnd.shuffle(shuffled)
    assert any_order_nested(shuffled, groups).passed


def test_any_order_top_level_only_keeps_inner_order() -> None:
    assert any_order([[1, 2], [3]], [[3], [1, 2]]).passed
    assert not any_order([[2, 1], [3]], [[3], [1, 2]]).passed


@given(st.floats(-1e9, 1e9), st.floats(-0.9, 0.9))
def test_within_tolerance(x: float, fraction: float) -> None:
    tolerance = 1e-6
    assert within(x + fraction * tolerance, x, tolerance).passed
    assert not within(x + 3 * tolerance * max(1.0, abs(x)), x, tolerance).passed


def test_equal_compares_lists_of_floats_within_tolerance() -> None:
    assert equal([1.0, 2.0000001], [1, 2], floating=True, tolerance=1e-6)
    assert not equal([1.0, 2.1], [1, 2], floating=True, tolerance=1e-6)


@given(st.lists(st.text(alphabet="ab 1", max_size=6), max_size=6))
def test_text_exact_ignores_trailing_spaces_and_blank_lines(lines: list[str]) -> None:
    clean = [line.rstrip() for line in lines]
    noisy = "\r\n".join(line + "  " for line in clean) + "\n\n"
    assert text_exact(noisy, "\n".join(clean)).passed


def test_text_checkers() -> None:
    assert not text_exact("1 2\n", "1  2\n").passed
    assert text_any_order("b\na\n", "a\nb").passed
    assert text_tokens_within("0.3333333 x\n", "0.33333333 x", 1e-6).passed
    assert not text_tokens_within("0.34 x", "0.33 x", 1e-6).passed
    assert not text_tokens_within("1 2", "1 2 3", 1e-6).passed
