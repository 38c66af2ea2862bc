"""Problem folders on disk -> :class:`Problem`. Errors name the file, the field and why.

A folder ``problems/<slug>/`` holds ``problem.toml``, ``statement.md``, ``tests.jsonl``,
``solutions/``, optionally ``starter/``, ``wrong/`` and ``checker.py``. See docs/problem-format.md.
"""

from __future__ import annotations

import enum
import hashlib
import importlib.util
import os
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from pyscape_judge.errors import ProblemError, SignatureError
from pyscape_judge.signature import Signature, Type, parse_type
from pyscape_judge.verdict import Status

CheckFn = Callable[[Any, Any, Any], "bool | tuple[bool, str]"]


class Difficulty(enum.StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Mode(enum.StrEnum):
    FUNCTION = "function"
    STDIO = "stdio"


class CheckerName(enum.StrEnum):
    EXACT = "exact"
    FLOAT = "float"
    ANY_ORDER = "any_order"
    ANY_ORDER_NESTED = "any_order_nested"
    CUSTOM = "custom"


class ProblemLimits(msgspec.Struct, forbid_unknown_fields=True):
    time_ms: int = 2000
    memory_mb: int = 256

    def __post_init__(self) -> None:
        if not 10 <= self.time_ms <= 60_000:
            raise ValueError("time_ms must be between 10 and 60000")
        if not 16 <= self.memory_mb <= 4096:
            raise ValueError("memory_mb must be between 16 and 4096")


class ProblemFile(msgspec.Struct, forbid_unknown_fields=True):
    """The schema of ``problem.toml``."""

    title: str
    difficulty: Difficulty
    mode: Mode
    tags: list[str] = []
    checker: CheckerName = CheckerName.EXACT
    tolerance: float = 1e-6
    limits: ProblemLimits = msgspec.field(default_factory=ProblemLimits)
    signature: Signature | None = None
    #: The languages the problem supports (reference solutions are required for these only);
    #: ``None``: every language.
    languages: list[str] | None = None


class TestCase(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One test: the arguments (or stdin text), the expected answer, and whether it is hidden."""

    __test__ = False

    input: Any
    expected: Any
    hidden: bool = False
    time_limit_ms: int | None = None


class WrongSolution(msgspec.Struct, frozen=True):
    """A solution in ``wrong/`` and the verdict it must get."""

    path: Path
    language: str
    verdict: Status


class Problem(msgspec.Struct, kw_only=True):
    """A loaded, validated problem."""

    slug: str
    #: The problem's folder; ``None`` for a problem built in code (:func:`problem_from_data`).
    path: Path | None
    title: str
    difficulty: Difficulty
    mode: Mode
    tags: list[str]
    checker: CheckerName
    tolerance: float
    limits: ProblemLimits
    signature: Signature | None
    statement: str
    tests: list[TestCase]
    #: Reference solutions: language name -> files.
    solutions: dict[str, list[Path]]
    #: Starter code written by the author, by language (others are generated).
    starters: dict[str, str]
    wrong: list[WrongSolution]
    custom_check: CheckFn | None = None
    #: A hash of every file of the folder: changes whenever the problem does.
    version: str = ""
    #: The languages it supports (canonical names): a reference solution in each.
    languages: list[str] = msgspec.field(default_factory=lambda: all_languages())

    def supports(self, language: str) -> bool:
        """Whether ``language`` (a canonical name) may be judged on this problem."""
        return language in self.languages

    @property
    def result_type(self) -> Type | None:
        return self.signature.result_type() if self.signature else None


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELD = re.compile(r" - at `\$(.*)`$")
_UNKNOWN = re.compile(r"unknown field `([^`]+)`")


def load_problem(source: str | os.PathLike[str], problems_dir: Path | None = None) -> Problem:
    """Load a problem from a folder path or from a slug under ``problems_dir``.

    Raises :class:`ProblemError` naming the file, the field and the reason.
    """
    folder = resolve_problem_path(source, problems_dir)
    slug = folder.name
    if not SLUG.match(slug):
        raise ProblemError(folder, "the folder name must be a slug like `two-sum`")
    spec = _load_spec(folder / "problem.toml")
    tests = list(_load_tests(folder / "tests.jsonl", spec))
    if not tests:
        raise ProblemError(folder / "tests.jsonl", "no tests")
    statement_path = folder / "statement.md"
    if not statement_path.is_file():
        raise ProblemError(statement_path, "missing: write the statement in markdown")
    check = _load_checker(folder, spec)
    return Problem(
        slug=slug,
        path=folder,
        title=spec.title,
        difficulty=spec.difficulty,
        mode=spec.mode,
        tags=spec.tags,
        checker=spec.checker,
        tolerance=spec.tolerance,
        limits=spec.limits,
        signature=spec.signature,
        statement=statement_path.read_text(encoding="utf-8"),
        tests=tests,
        solutions=_sources_by_language(folder / "solutions"),
        starters={
            lang: paths[0].read_text("utf-8")
            for lang, paths in _sources_by_language(folder / "starter").items()
        },
        wrong=_load_wrong(folder / "wrong"),
        custom_check=check,
        version=folder_hash(folder),
        languages=spec.languages or all_languages(),
    )


def resolve_problem_path(source: str | os.PathLike[str], problems_dir: Path | None) -> Path:
    """A folder path as given, else ``problems_dir/<slug>``."""
    path = Path(source)
    if path.is_dir():
        return path.resolve()
    from pyscape_judge.paths import default_problems_dir

    base = problems_dir or default_problems_dir()
    candidate = base / str(source)
    if candidate.is_dir():
        return candidate.resolve()
    raise ProblemError(path, f"no such problem folder (nor a slug in {base})")


def iter_problems(problems_dir: Path | None = None) -> Iterator[Path]:
    """The problem folders under ``problems_dir``, sorted by slug."""
    from pyscape_judge.paths import default_problems_dir

    base = problems_dir or default_problems_dir()
    for child in sorted(base.iterdir()):
        if (child / "problem.toml").is_file():
            yield child


def folder_hash(folder: Path) -> str:
    """A short sha256 over the relative names and contents of every file in ``folder``."""
    h = hashlib.sha256()
    for f in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(f.relative_to(folder)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _field_of(error: msgspec.ValidationError) -> tuple[str, str | None]:
    """msgspec's message split into the reason and the field (``limits.colour`` for an
    unknown field ``colour`` in ``limits``)."""
    text = str(error)
    match = _FIELD.search(text)
    reason, field = (text, None) if not match else (text[: match.start()], match.group(1))
    field = field.lstrip(".") if field else None
    unknown = _UNKNOWN.search(reason)
    if unknown:
        field = f"{field}.{unknown.group(1)}" if field else unknown.group(1)
    return reason, field


def _load_spec(path: Path) -> ProblemFile:
    if not path.is_file():
        raise ProblemError(path, "missing")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ProblemError(path, f"not valid TOML: {e}") from None
    return spec_from_data(raw, path)


def spec_from_data(raw: Any, where: object) -> ProblemFile:
    """``problem.toml``'s fields (as TOML spells them) -> :class:`ProblemFile`, checked;
    :class:`ProblemError` names ``where``, the field and why."""
    try:
        spec = msgspec.convert(raw, ProblemFile)
    except msgspec.ValidationError as e:
        reason, field = _field_of(e)
        raise ProblemError(where, reason, field) from None
    if spec.mode is Mode.FUNCTION:
        if spec.signature is None:
            raise ProblemError(where, "function problems need a [signature] table", "signature")
        try:
            spec.signature.validate()
        except SignatureError as e:
            raise ProblemError(where, str(e), "signature") from None
    elif spec.signature is not None:
        raise ProblemError(where, "stdio problems take no [signature]", "signature")
    if spec.mode is Mode.STDIO and spec.checker is CheckerName.ANY_ORDER_NESTED:
        raise ProblemError(where, "any_order_nested is for function problems", "checker")
    if spec.checker is CheckerName.FLOAT and spec.tolerance <= 0:
        raise ProblemError(where, "must be positive", "tolerance")
    if spec.languages is not None:
        spec.languages = _supported_languages(spec.languages, where)
    return spec


def _supported_languages(names: list[str], where: object) -> list[str]:
    """The canonical names of the languages a problem declares (none twice, at least one)."""
    from pyscape_judge.errors import LanguageError
    from pyscape_judge.languages import get_language

    found: list[str] = []
    for i, name in enumerate(names):
        try:
            canonical = get_language(name).name
        except LanguageError as e:
            raise ProblemError(where, str(e), f"languages[{i}]") from None
        if canonical in found:
            raise ProblemError(where, f"`{name}` is listed twice", f"languages[{i}]")
        found.append(canonical)
    if not found:
        raise ProblemError(where, "name at least one language, or leave it out", "languages")
    return found


def all_languages() -> list[str]:
    """Every language the judge knows: what a problem supports unless it says otherwise."""
    from pyscape_judge.languages import languages

    return list(languages())


def _load_tests(path: Path, spec: ProblemFile) -> Iterator[TestCase]:
    if not path.is_file():
        raise ProblemError(path, "missing: one JSON object per line")
    decoder = msgspec.json.Decoder(TestCase)
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path} line {number}"
            try:
                test = decoder.decode(line)
            except msgspec.ValidationError as e:
                reason, field = _field_of(e)
                raise ProblemError(where, reason, field) from None
            except msgspec.DecodeError as e:
                raise ProblemError(where, f"not valid JSON: {e}") from None
            problem = check_test_shape(test, spec)
            if problem:
                raise ProblemError(where, problem[1], problem[0])
            yield test


def check_test_shape(test: TestCase, spec: ProblemFile) -> tuple[str, str] | None:
    """``(field, reason)`` when ``test`` does not fit the problem's mode and signature."""
    if test.time_limit_ms is not None and not 10 <= test.time_limit_ms <= 60_000:
        return "time_limit_ms", "must be between 10 and 60000"
    if spec.mode is Mode.STDIO:
        for name in ("input", "expected"):
            if not isinstance(getattr(test, name), str):
                return name, "stdio tests take text (the program's stdin and stdout)"
        return None
    sig = spec.signature
    assert sig is not None
    if sig.kind == "design":
        return _check_design_test(test, sig)
    if not isinstance(test.input, list) or len(test.input) != len(sig.params):
        return (
            "input",
            f"a list of {len(sig.params)} arguments ({', '.join(p.name for p in sig.params)})",
        )
    for i, (value, param) in enumerate(zip(test.input, sig.params, strict=True)):
        bad = conformity_error(value, parse_type(param.type))
        if bad:
            return f"input[{i}]", f"argument `{param.name}`: {bad}"
    result = sig.result_type()
    assert result is not None
    bad = conformity_error(test.expected, result)
    return ("expected", bad) if bad else None


def _check_design_test(test: TestCase, sig: Signature) -> tuple[str, str] | None:
    ok = (
        isinstance(test.input, list)
        and len(test.input) == 2
        and all(isinstance(x, list) for x in test.input)
        and len(test.input[0]) == len(test.input[1])
    )
    if not ok:
        return "input", "a design test is [[operations...], [[arguments]...]] of equal lengths"
    ops, args = test.input
    methods = {m.name: m for m in sig.methods}
    if not ops or ops[0] != sig.class_:
        return "input[0]", f"the first operation must be the constructor `{sig.class_}`"
    if not isinstance(test.expected, list) or len(test.expected) != len(ops):
        return "expected", f"a list of {len(ops)} results, one per operation"
    for i, (op, arg) in enumerate(zip(ops, args, strict=True)):
        method = methods.get(op)
        if method is None:
            return f"input[0][{i}]", f"unknown method `{op}`"
        if not isinstance(arg, list) or len(arg) != len(method.params):
            return f"input[1][{i}]", f"`{op}` takes {len(method.params)} arguments"
        for j, (value, param) in enumerate(zip(arg, method.params, strict=True)):
            bad = conformity_error(value, parse_type(param.type))
            if bad:
                return f"input[1][{i}][{j}]", bad
        ret = parse_type(method.returns, allow_void=True)
        if i == 0 or ret.kind == "void":
            if test.expected[i] is not None:
                return f"expected[{i}]", f"`{op}` returns nothing: expected null"
        else:
            bad = conformity_error(test.expected[i], ret)
            if bad:
                return f"expected[{i}]", bad
    return None


def conformity_error(value: Any, t: Type) -> str | None:
    """Why the JSON ``value`` is not a valid ``t``, or ``None`` when it is."""
    kind = t.kind
    if kind in ("array", "list"):
        if not isinstance(value, list):
            return f"expected {t}, got {type(value).__name__}"
        assert t.elem is not None
        for item in value:
            bad = conformity_error(item, t.elem)
            if bad:
                return bad
        return None
    if kind in ("int", "long"):
        ok = isinstance(value, int) and not isinstance(value, bool)
        limit = 2**31 if kind == "int" else 2**63
        if ok and not -limit <= value < limit:
            return f"{value} does not fit in {kind}"
    elif kind == "double":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif kind == "boolean":
        ok = isinstance(value, bool)
    elif kind == "string":
        ok = isinstance(value, str)
    elif kind == "char":  # one byte in C++, one UTF-16 unit in Java: ASCII everywhere
        ok = isinstance(value, str) and len(value) == 1 and value.isascii()
    elif kind == "ListNode":
        ok = isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        )
    elif kind == "TreeNode":
        ok = isinstance(value, list) and all(
            v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in value
        )
    else:
        ok = value is None
    return None if ok else f"expected {t}, got {value!r:.60}"


def _sources_by_language(folder: Path) -> dict[str, list[Path]]:
    from pyscape_judge.languages import language_for_path

    found: dict[str, list[Path]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            language = language_for_path(path)
            if language is None:
                raise ProblemError(path, "unknown language: name it with .py .js .java or .cpp")
            found.setdefault(language.name, []).append(path)
    return found


_VERDICT_LINE = re.compile(r"verdict:\s*([a-z_]+)")


def _load_wrong(folder: Path) -> list[WrongSolution]:
    wrong = []
    for language, paths in _sources_by_language(folder).items():
        for path in paths:
            first = path.read_text(encoding="utf-8").split("\n", 1)[0]
            match = _VERDICT_LINE.search(first)
            if not match:
                raise ProblemError(path, "the first line must be a comment `verdict: <status>`")
            try:
                verdict = Status(match.group(1))
            except ValueError:
                raise ProblemError(path, f"unknown verdict `{match.group(1)}`") from None
            if verdict is Status.ACCEPTED:
                raise ProblemError(path, "a wrong solution cannot expect `accepted`")
            wrong.append(WrongSolution(path, language, verdict))
    return wrong


def _load_checker(folder: Path, spec: ProblemFile) -> CheckFn | None:
    path = folder / "checker.py"
    if spec.checker is not CheckerName.CUSTOM:
        return None
    if not path.is_file():
        raise ProblemError(path, 'missing: checker = "custom" needs check(input, output, expected)')
    module_spec = importlib.util.spec_from_file_location(f"pyscape_checker_{folder.name}", path)
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    try:
        module_spec.loader.exec_module(module)
    except Exception as e:
        raise ProblemError(path, f"cannot be imported: {type(e).__name__}: {e}") from None
    check = getattr(module, "check", None)
    if not callable(check):
        raise ProblemError(path, "must define check(input, output, expected)", "check")
    return check
