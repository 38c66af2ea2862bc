"""One typed signature drives every language: every supported type goes through each harness
(each language of the registry) with an identity method and comes back unchanged."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyscape_judge import Judge, get_language, load_problem
from pyscape_judge.languages import languages
from pyscape_judge.signature import parse_type
from tests.judge.test_codec import STRATEGIES

TYPES = list(STRATEGIES)
METHODS = {f"echo{i}": t for i, t in enumerate(TYPES)}
_slugs = itertools.count()


#: One identity class per language: ``parity/<language>.echo`` (see ``parity/README.md``).
ECHO_DIR = Path(__file__).parent / "parity"


def parity_languages() -> list[str]:
    """Every language of the registry: each must round-trip every type."""
    return list(languages())


def _echo_code(language: str) -> str:
    lang = get_language(language)
    path = ECHO_DIR / f"{lang.name}.echo"
    assert path.is_file(), f"{path} is missing: the parity test needs one per language"
    sections: dict[str, str] = {}
    for part in path.read_text().split("@@ ")[1:]:
        name, _, text = part.partition("\n")
        sections[name.strip()] = text
    methods = "".join(
        sections["method"]
        .replace("{name}", m)
        .replace("{Name}", m[:1].upper() + m[1:])
        .replace("{type}", lang.type_name(parse_type(t)))
        for m, t in METHODS.items()
    )
    return sections["header"] + methods + sections.get("footer", "")


def _echo_problem(make_problem, calls: list[tuple[str, Any]]):
    methods = "\n".join(
        f'[[signature.methods]]\nname = "{m}"\nparams = [{{ name = "x", type = "{t}" }}]\n'
        f'returns = "{t}"'
        for m, t in METHODS.items()
    )
    toml = (
        'title = "Echo"\ndifficulty = "easy"\nmode = "function"\nchecker = "float"\n'
        'tolerance = 1e-15\n[signature]\nclass = "Echo"\n[[signature.methods]]\nname = "Echo"\n'
        f"{methods}\n"
    )
    ops = ["Echo", *(m for m, _ in calls)]
    args = [[], *([v] for _, v in calls)]
    test = {"input": [ops, args], "expected": [None, *(v for _, v in calls)]}
    return load_problem(make_problem(toml, [json.dumps(test)], slug=f"echo-{next(_slugs)}"))


calls = st.lists(
    st.sampled_from(list(METHODS)).flatmap(lambda m: st.tuples(st.just(m), STRATEGIES[METHODS[m]])),
    min_size=1,
    max_size=30,
)


@pytest.mark.parametrize("language", parity_languages())
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(calls=calls)
def test_every_type_round_trips_in_every_language(
    docker_judge: Judge, make_problem, language: str, calls: list[tuple[str, Any]]
) -> None:
    problem = _echo_problem(make_problem, calls)
    verdict = docker_judge.judge(problem, language, _echo_code(language))
    assert verdict.accepted, (verdict.compile_error, verdict.results[-1:])
