"""The language registry (``pyscape_judge/languages/``) is the only list of languages.

A language is its module there, its harness folder and its image recipe: the judge, the image
builder, the tests and the benchmark find it through :func:`~pyscape_judge.languages.languages`.
Two checks: no code outside ``languages/`` spells out the list of languages (a tuple, list,
set or dict naming three languages or more, or all of them; or a function comparing a value
with as many), and a new language class, found at run time, shows up everywhere without
another edit. Fewer names are a test's subjects, not the list of languages: the code of a
test in two languages (``tests/judge/test_compiled.py``, Java and C++) is its data.
"""

from __future__ import annotations

import ast
import importlib
import sys
import textwrap
from pathlib import Path

import pytest

from pyscape_judge import images
from pyscape_judge.images import discover_languages, selftest_command
from pyscape_judge.languages import CompiledLanguage, get_language, languages
from pyscape_judge.limits import Limits
from pyscape_judge.scaffold import scaffold

#: The package (``pyscape_judge.languages`` the attribute is the function of that name).
registry = importlib.import_module("pyscape_judge.languages")
ROOT = Path(__file__).resolve().parents[2]
#: Where code that could hard-code a list of languages lives.
SCANNED = ("pyscape_judge", "pyscape_server", "bench", "tests")
#: Not code about languages: the registry itself, and programs judged by the tests.
NOT_SCANNED = (
    "pyscape_judge/languages",
    "pyscape_judge/harness",
    "tests/hostile/programs",
    "tests/hostile/problems",
)
#: Files that name languages as data, not as the list of languages: each with its reason.
ALLOWED = {
    # The hostile cases: each names its own language (data, one case per program file).
    "tests/hostile/cases.py",
    # Programs in three languages that print what their environment offers (data).
    "tests/judge/test_environment.py",
    # The curriculum's topics ("JavaScript", "Java", "C++"): lessons, not languages to judge.
    "tests/server/learning/test_curriculum.py",
    "tests/server/learning/test_learning_api.py",
}
#: How many languages one literal may name: fewer is a test's choice of subjects.
MOST = 2


def _names() -> dict[str, str]:
    """Every name of a language (its name and aliases), to the language."""
    names = {name: name for name in languages()}
    names.update(registry.aliases())
    return names


def _strings(nodes: list[ast.expr | None]) -> list[str]:
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _lists_of_languages(tree: ast.AST, names: dict[str, str]) -> list[tuple[int, set[str]]]:
    """Literals naming more than :data:`MOST` languages (or all of them), and functions
    comparing with as many."""
    least = min(MOST + 1, len(set(names.values())))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            strings = _strings(list(node.elts))
        elif isinstance(node, ast.Dict):
            strings = _strings(list(node.keys))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            strings = [
                s
                for compare in ast.walk(node)
                if isinstance(compare, ast.Compare)
                for side in [compare.left, *compare.comparators]
                for s in _strings(
                    list(side.elts) if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
                )
            ]
        else:
            continue
        langs = {names[s.lower()] for s in strings if s.lower() in names}
        if len(langs) >= least:
            found.append((node.lineno, langs))
    return found


def test_no_list_of_languages_outside_the_registry() -> None:
    names = _names()
    offences = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith(NOT_SCANNED) or relative in ALLOWED:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
            offences += [
                f"{relative}:{line}: {sorted(langs)}"
                for line, langs in _lists_of_languages(tree, names)
            ]
    assert not offences, "lists of languages outside pyscape_judge/languages:\n" + "\n".join(
        offences
    )


def test_the_scan_finds_a_list_of_languages() -> None:
    """The check above would see the lists it forbids."""
    names = {"python": "python", "py": "python", "cpp": "cpp", "c++": "cpp", "ada": "ada"}
    sources = {
        'LANGUAGES = ("python", "cpp", "ada")': True,
        'SUFFIX = {"py": ".py", "c++": ".cpp", "ada": ".adb"}': True,
        'def f(x):\n    if x == "python":\n        return 1\n    return x in ("cpp", "ada")': True,
        'ALIASES = ("py", "python", "c++")': False,
        'def f(x):\n    return x == "python"': False,
    }
    for source, offends in sources.items():
        assert bool(_lists_of_languages(ast.parse(source), names)) is offends, source


# ----------------------------------------------------------------------- a new language


FAKE = """
from pyscape_judge.languages.base import CompiledLanguage


class Fake(CompiledLanguage):
    name = "fakelang"
    title = "Fake"
    extensions = (".fake",)
    command = "./prog"
    aliases = ("fk",)
    out_of_memory_markers = (b"fake: out of memory",)
    selftest_command = "fakec /opt/pyscape/selftest.fake -o /tmp/t && /tmp/t"
    build_order = 1
    artefact = "prog"
    compile_message_filters = ("s#^\\\\./##",)
    compile_error_lines = 7
    example_solutions = {"function": "fn sumOfArray", "stdio": "fn main"}

    def compile_command(self, limits):
        return f"fakec -O2 solution.fake -o {self.artefact}"
"""


@pytest.fixture
def fake_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A language module written at run time into a folder of the registry's package."""
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "fakelang.py").write_text(textwrap.dedent(FAKE))
    monkeypatch.setattr(registry, "__path__", [*registry.__path__, str(folder)])
    languages.cache_clear()
    yield get_language("fakelang")
    sys.modules.pop("pyscape_judge.languages.fakelang", None)
    monkeypatch.undo()
    languages.cache_clear()


def test_a_new_language_module_is_found_everywhere(fake_language, tmp_path: Path) -> None:
    from tests.judge.test_parity import parity_languages

    assert get_language("FK") is fake_language and "fakelang" in languages()
    # The image builder: its recipe folder is built, first (build_order 1), and self-tested
    # with its own command.
    recipes = tmp_path / "recipes"
    for name in ("fakelang", *languages()):
        (recipes / name).mkdir(parents=True, exist_ok=True)
        (recipes / name / "packages").write_text("")
    assert discover_languages(recipes)[0] == "fakelang"
    assert set(discover_languages(recipes)) == set(languages())
    assert selftest_command("fakelang") == fake_language.selftest_command
    # The tests: the parity property runs it.
    assert "fakelang" in parity_languages()
    # The judge: its out-of-memory message is its own.
    assert fake_language.out_of_memory_markers == (b"fake: out of memory",)
    # Problem authors: `pyscape-judge new` writes its reference solution.
    folder = scaffold("sum-it", tmp_path / "problems", mode="stdio")
    assert (folder / "solutions" / "fakelang.fake").read_text() == "fn main"


def test_every_language_has_the_new_problems_solutions() -> None:
    """`pyscape-judge new` writes a reference solution in each language, for both modes
    (tests/judge/test_authoring.py judges them)."""
    for language in languages().values():
        assert set(language.example_solutions) == {"function", "stdio"}, language.name


def test_a_compiled_language_declares_only_its_commands(fake_language) -> None:
    """The compile-once start script comes from CompiledLanguage: the language's commands."""
    assert isinstance(fake_language, CompiledLanguage)
    script = fake_language.start_script(Limits())
    assert "elif fakec -O2 solution.fake -o prog" in script
    assert "</dev/null 2>compile.log" in script
    assert "sed -e 's#^\\./##' compile.log | head -n 7 >&2" in script
    assert '"$(base64 -w0 prog)"' in script and "if [ -f prog ]; then" in script
    assert script.index("pyscape-primed") < script.index("compiled")
    assert script.index("= go ]") < script.rindex("exec ./prog")


def test_unknown_language_is_an_image_error() -> None:
    with pytest.raises(images.ImageError, match="known: "):
        selftest_command("cobol")
