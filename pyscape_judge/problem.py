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
from pyscape_judge.shapes import check_test_shape, conformity_error
from pyscape_judge.signature import Signature, Type
from pyscape_judge.verdict import Status

CheckFn = Callable[[Any, Any, Any], "bool | tuple[bool, str]"]

__all__ = ["Problem", "TestCase", "check_test_shape", "conformity_error", "load_problem"]


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

    Raises :class:`ProblemError` naming the file, the field and the reason; a folder with
    several errors raises one error listing them all (each in its ``errors``).
    """
    folder = resolve_problem_path(source, problems_dir)
    slug = folder.name
    if not SLUG.match(slug):
        raise ProblemError(folder, "the folder name must be a slug like `two-sum`")
    errors: list[ProblemError] = []

    def attempt(load: Callable[[], Any]) -> Any:
        try:
            return load()
        except ProblemError as e:
            errors.extend(e.errors)
            return None

    spec = attempt(lambda: _load_spec(folder / "problem.toml"))
    tests = attempt(lambda: _load_all_tests(folder / "tests.jsonl", spec))
    statement_path = folder / "statement.md"
    if not statement_path.is_file():
        errors.append(ProblemError(statement_path, "missing: write the statement in markdown"))
    check = attempt(lambda: _load_checker(folder, spec)) if spec is not None else None
    solutions = attempt(lambda: _sources_by_language(folder / "solutions"))
    starters = attempt(lambda: _sources_by_language(folder / "starter"))
    wrong = attempt(lambda: _load_wrong(folder / "wrong"))
    if errors:
        raise ProblemError.several(folder, errors)
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
        solutions=solutions,
        starters={lang: paths[0].read_text("utf-8") for lang, paths in starters.items()},
        wrong=wrong,
        custom_check=check,
        version=folder_hash(folder),
        languages=spec.languages or all_languages(),
    )


#: A folder's broken test lines reported at most (the rest are counted).
MAX_TEST_ERRORS = 10


def _load_all_tests(path: Path, spec: ProblemFile | None) -> list[TestCase]:
    """Every test of ``tests.jsonl``; every bad line reported (up to MAX_TEST_ERRORS)."""
    tests: list[TestCase] = []
    errors: list[ProblemError] = []
    for item in _load_tests(path, spec):
        if isinstance(item, ProblemError):
            errors.append(item)
        else:
            tests.append(item)
    if not tests and not errors:
        errors.append(ProblemError(path, "no tests"))
    if len(errors) > MAX_TEST_ERRORS:
        more = len(errors) - MAX_TEST_ERRORS
        errors = [*errors[:MAX_TEST_ERRORS], ProblemError(path, f"and {more} more bad lines")]
    if errors:
        raise ProblemError.several(path, errors)
    return tests


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


def _load_tests(path: Path, spec: ProblemFile | None) -> Iterator[TestCase | ProblemError]:
    """Each line's test, or the error naming the line (shapes unchecked without a spec)."""
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
                yield ProblemError(where, reason, field)
                continue
            except msgspec.DecodeError as e:
                yield ProblemError(where, f"not valid JSON: {e}")
                continue
            problem = check_test_shape(test, spec) if spec is not None else None
            yield ProblemError(where, problem[1], problem[0]) if problem else test


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
