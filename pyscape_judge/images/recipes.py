"""Recipe folders (``sandbox_images/<language>/``): read once, hashed into the image's tag.

The tag carries a hash of the recipe's files and of the harness folders its ``harness`` file
names, so a changed recipe or harness gets a new tag and is built again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

import msgspec

from pyscape_judge.errors import ImageError
from pyscape_judge.images.npm import NpmPackage, read_npm_file
from pyscape_judge.paths import HARNESS_ROOT, sandbox_images_dir

REPOSITORY = "pyscape"
RECIPE_FORMAT = "1"
"""First part of every tag's version: bump it when the way recipes are built changes."""
LABEL_LANGUAGE = "pyscape.language"
LABEL_TOOLCHAIN = "pyscape.toolchain"
LABEL_RECIPE = "pyscape.recipe"

_RECIPE_DOCS = (".md",)
ENVIRONMENT_FILE = "environment.md"
"""What a submission finds in the image (versions, flags, pre-imports, globals, LeetCode's
differences); its first line is the one-line summary. A doc: not in the tag's digest."""


class _Recipe(msgspec.Struct, frozen=True):
    """One language's recipe folder, read once."""

    language: str
    path: Path
    digest: str
    packages: tuple[str, ...]
    version_command: str
    #: Folders of :data:`HARNESS_ROOT` that the image holds (at ``/opt/pyscape/harness/``).
    harness: tuple[str, ...] = ()
    #: npm packages of the ``npm`` file, installed at ``/opt/pyscape/node_modules``.
    npm: tuple[NpmPackage, ...] = ()

    @property
    def tag(self) -> str:
        return f"{REPOSITORY}/{self.language}:{RECIPE_FORMAT}-{self.digest[:10]}"

    @property
    def environment(self) -> str:
        """The recipe's :data:`ENVIRONMENT_FILE` (empty when there is none)."""
        path = self.path / ENVIRONMENT_FILE
        return path.read_text() if path.is_file() else ""

    @property
    def selftest_file(self) -> Path:
        return _single(self.path.glob("selftest.*"), f"{self.path}/selftest.<ext>")

    def labels(self, toolchain: str | None = None) -> dict[str, str]:
        labels = {LABEL_LANGUAGE: self.language, LABEL_RECIPE: self.digest}
        if toolchain is not None:
            labels[LABEL_TOOLCHAIN] = toolchain
        return labels


def images_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder of recipes: ``override`` if given, else ``sandbox_images`` at the repository
    root (or, in an installed wheel, the copy under ``pyscape_judge/_data``)."""
    return Path(override).resolve() if override is not None else sandbox_images_dir()


def discover_languages(directory: str | os.PathLike[str] | None = None) -> tuple[str, ...]:
    """The languages of the registry (``pyscape_judge/languages``) with a recipe (a folder
    holding ``packages``), in their ``build_order``."""
    from pyscape_judge.languages import languages

    root = images_dir(directory)
    found = [lang for lang in languages().values() if (root / lang.name / "packages").is_file()]
    return tuple(
        lang.name for lang in sorted(found, key=lambda lang: (lang.build_order, lang.name))
    )


LANGUAGES: tuple[str, ...] = discover_languages()


def image_tag(language: str, *, directory: str | os.PathLike[str] | None = None) -> str:
    """``pyscape/<language>:1-<10 hex of the recipe's sha256>``."""
    return _load_recipe(language, directory).tag


def environment(language: str, *, directory: str | os.PathLike[str] | None = None) -> str:
    """What a submission in ``language`` finds: its recipe's ``environment.md`` (versions,
    flags, pre-imports, globals, and where it differs from LeetCode), as Markdown."""
    return _load_recipe(language, directory).environment


def _load_recipe(language: str, directory: str | os.PathLike[str] | None) -> _Recipe:
    path = images_dir(directory) / language
    if not (path / "packages").is_file():
        known = ", ".join(discover_languages(directory)) or "none"
        raise ImageError(
            f"no sandbox image recipe for {language!r} in {path.parent} (known: {known})"
        )
    packages = tuple((path / "packages").read_text().split())
    version_command = _read_required(path / "version").strip()
    harness = _harness_folders(path)
    digest = _recipe_digest(path, harness)
    npm = read_npm_file(path / "npm") if (path / "npm").is_file() else ()
    return _Recipe(language, path, digest, packages, version_command, harness, npm)


def _languages(
    languages: Sequence[str] | None, directory: str | os.PathLike[str] | None
) -> tuple[str, ...]:
    if languages is None:
        return discover_languages(directory)
    return tuple(dict.fromkeys(languages))


def _harness_folders(path: Path) -> tuple[str, ...]:
    """The harness folders the recipe's ``harness`` file names (none without the file)."""
    if not (path / "harness").is_file():
        return ()
    names = tuple(_read_required(path / "harness").split())
    for name in names:
        if ".." in Path(name).parts or not (HARNESS_ROOT / name).is_dir():
            raise ImageError(f"{path / 'harness'}: {name!r} is not a folder of {HARNESS_ROOT}")
    return names


def _recipe_digest(path: Path, harness: tuple[str, ...] = ()) -> str:
    """sha256 over the sorted names and contents of the recipe's files (docs left out) and of
    the harness folders it names."""
    digest = hashlib.sha256()
    files = [
        (file.name, file)
        for file in sorted(path.iterdir())
        if file.is_file() and not file.name.startswith(".") and file.suffix not in _RECIPE_DOCS
    ]
    for name in harness:
        folder = HARNESS_ROOT / name
        files += [
            (f"harness/{name}/{file.relative_to(folder).as_posix()}", file)
            for file in sorted(folder.rglob("*"))
            if file.is_file() and "__pycache__" not in file.parts
        ]
    for name, file in files:
        data = file.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _copy_harness(recipe: _Recipe, target: Path) -> None:
    """The recipe's harness folders into ``target`` (``<target>/<name>/...``)."""
    for name in recipe.harness:
        shutil.copytree(
            HARNESS_ROOT / name,
            target / name,
            ignore=shutil.ignore_patterns("__pycache__"),
            dirs_exist_ok=True,
        )


def _one_line(toolchain: str, recipe: _Recipe) -> str:
    line = toolchain.strip()
    if not line or "\n" in line:
        raise ImageError(
            f"{recipe.language}: the command in {recipe.path / 'version'} must print one line, "
            f"it printed {toolchain!r}"
        )
    return line


def _label_instructions(labels: dict[str, str]) -> list[str]:
    """Dockerfile LABEL lines; json.dumps quotes and escapes as Dockerfile strings want."""
    return [f"LABEL {key}={json.dumps(value)}" for key, value in labels.items()]


def _read_required(path: Path) -> str:
    try:
        return path.read_text()
    except OSError as exc:
        raise ImageError(f"sandbox image recipe file {path} cannot be read: {exc}") from exc


def _single(paths: Iterable[Path], what: str) -> Path:
    found = list(paths)
    if len(found) != 1:
        raise ImageError(f"expected exactly one {what}, found {len(found)}")
    return found[0]
