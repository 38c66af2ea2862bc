"""Where the data folders shipped with PyScape live (a source checkout or an installed wheel)."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str, env: str) -> Path:
    if os.environ.get(env):
        return Path(os.environ[env])
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def default_problems_dir() -> Path:
    """``$PYSCAPE_PROBLEMS_DIR``, else the ``problems/`` folder shipped with PyScape."""
    return _data_dir("problems", "PYSCAPE_PROBLEMS_DIR")


def harness_dir(language: str) -> Path:
    """The files copied into a sandbox for ``language``."""
    return _PACKAGE / "harness" / language
