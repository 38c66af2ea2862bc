"""One typed signature drives four languages: every supported type goes through each harness
(Python, JavaScript, Java, C++) with an identity method and comes back unchanged."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pyscape_judge import Judge, get_language, load_problem
from pyscape_judge.signature import parse_type
from tests.judge.test_codec import STRATEGIES

TYPES = list(STRATEGIES)
METHODS = {f"echo{i}": t for i, t in enumerate(TYPES)}
_slugs = itertools.count()


def _echo_code(language: str) -> str:
    lang = get_language(language)
    names = {m: lang.type_name(parse_type(t)) for m, t in METHODS.items()}
    if language == "python":
        body = "".join(f"    def {m}(self, x):\n        return x\n" for m in METHODS)
        return f"class Echo:\n    def __init__(self):\n        pass\n{body}"
    if language == "javascript":
        return "class Echo {\n" + "".join(f"    {m}(x) {{ return x; }}\n" for m in METHODS) + "}\n"
    if language == "java":
        body = "".join(f"    public {t} {m}({t} x) {{ return x; }}\n" for m, t in names.items())
        return f"class Echo {{\n    public Echo() {{}}\n{body}}}\n"
    body = "".join(f"    {t} {m}({t} x) {{ return x; }}\n" for m, t in names.items())
    return f"class Echo {{\npublic:\n    Echo() {{}}\n{body}}};\n"


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


@pytest.mark.parametrize("language", ["python", "javascript", "java", "cpp"])
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
