"""Where the data folders shipped with PyScape live (a source checkout or an installed wheel)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: The harness folders, one per language, that sandboxes (and some images) get.
HARNESS_ROOT = _PACKAGE / "harness"


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def default_problems_dir() -> Path:
    """The ``problems/`` folder shipped with PyScape (callers may pass another one)."""
    return _data_dir("problems")


def sandbox_images_dir() -> Path:
    """The ``sandbox_images/`` recipe folders shipped with PyScape."""
    return _data_dir("sandbox_images")


def harness_dir(language: str) -> Path:
    """The files copied into a sandbox for ``language``."""
    return HARNESS_ROOT / language
