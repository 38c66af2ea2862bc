"""The Python harness's own JSON and word splitting, which spare it ``json`` and ``re`` (a third
of a sandbox's start), against the modules they stand in for: the same text both ways, the
same errors, and every word a name could be.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyscape_judge.paths import harness_dir


def _harness_module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(
        f"harness_{name}", harness_dir("python") / f"{name}.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


protocol = _harness_module("protocol")
prelude = _harness_module("prelude")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**200), max_value=2**200)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


def json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


@given(json_values)
def test_text_is_what_json_writes_and_reads_back(value: Any) -> None:
    text = protocol.to_json_text(value)
    assert text == json_dumps(value)
    data = text.encode("utf-8", "surrogatepass")
    assert protocol.from_json_text(data) == json.loads(data) == value


@given(st.dictionaries(st.integers() | st.booleans() | st.none(), st.integers(), max_size=4))
def test_keys_that_are_not_strings_are_written_as_json_writes_them(value: Any) -> None:
    assert protocol.to_json_text(value) == json_dumps(value)


@pytest.mark.parametrize(
    "value",
    [{1, 2}, [1, {2}], math.nan, [math.inf], {"a": -math.inf}, object(), b"bytes", 1j],
)
def test_what_json_cannot_carry_raises_as_json_raises(value: Any) -> None:
    with pytest.raises((TypeError, ValueError)) as expected:
        json_dumps(value)
    with pytest.raises(expected.type) as got:
        protocol.to_json_text(value)
    assert str(got.value) == str(expected.value)
    assert isinstance(got.value, protocol.UNSENDABLE)


def test_cycles_and_depth_raise_what_the_answer_encoder_expects() -> None:
    cycle: list[Any] = []
    cycle.append(cycle)
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    for value in (cycle, deep):
        with pytest.raises(protocol.UNSENDABLE):
            protocol.to_json_text(value)


@pytest.mark.parametrize("data", [b"", b"[1,", b"[1] [2]", b"nul", b"\xff", b"{'a': 1}"])
def test_what_is_not_one_json_value_is_a_value_error(data: bytes) -> None:
    with pytest.raises(ValueError):
        protocol.from_json_text(data)


@given(st.text())
def test_words_hold_every_ascii_word_re_finds(text: str) -> None:
    words = set(prelude._words(text))
    assert {w for w in re.findall(r"\w+", text) if w.isascii()} <= words
    assert all(w.isascii() and (w.isalnum() or "_" in w) for w in words)


def test_words_split_as_a_program_writes_them() -> None:
    assert prelude._words('eval("Counter(x)"), deque_2; Ωheapq') == [
        "eval",
        "Counter",
        "x",
        "deque_2",
        "heapq",
    ]
