"""Language discovery: every ``Language`` subclass in this package's modules, by name."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path

from pyscape_judge.errors import LanguageError
from pyscape_judge.languages.base import CompiledLanguage, Language, ScriptLanguage

__all__ = [
    "CompiledLanguage",
    "Language",
    "ScriptLanguage",
    "aliases",
    "get_language",
    "language_for_path",
    "languages",
]


@cache
def languages() -> dict[str, Language]:
    """Every language found in ``pyscape_judge/languages/*.py``, by name."""
    found: dict[str, Language] = {}
    for module in pkgutil.iter_modules(__path__):
        if module.name == "base":
            continue
        mod = importlib.import_module(f"{__name__}.{module.name}")
        for obj in vars(mod).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, Language)
                and obj.__module__ == mod.__name__
                and "name" in vars(obj)
            ):
                found[obj.name] = obj()
    return dict(sorted(found.items()))


def aliases() -> dict[str, str]:
    """Every language's other names (its ``aliases``), each to the language's name."""
    return {alias: lang.name for lang in languages().values() for alias in lang.aliases}


def get_language(name: str) -> Language:
    """The language called ``name`` (or one of its aliases); :class:`LanguageError` otherwise."""
    key = aliases().get(name.lower(), name.lower())
    try:
        return languages()[key]
    except KeyError:
        raise LanguageError(
            f"unknown language `{name}` (known: {', '.join(languages())})"
        ) from None


def language_for_path(path: str | Path) -> Language | None:
    """The language whose extension ``path`` has, if any."""
    suffix = Path(path).suffix.lower()
    return next((lang for lang in languages().values() if suffix in lang.extensions), None)
