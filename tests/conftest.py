"""Shared fixtures: a judge on the real Docker engine, and one on the local (trusted) backend.

Under ``CI=true`` a missing engine or image FAILS the Docker tests; elsewhere they skip.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from pyscape_judge import Judge
from pyscape_judge.sandbox.local import LocalBackend

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SCRIPT_LANGUAGES = ("python", "javascript")


def _docker_problem() -> str | None:
    """Why Docker tests cannot run here, or ``None`` when they can."""
    from pyscape_judge.errors import SandboxError
    from pyscape_judge.images import list_images
    from pyscape_judge.sandbox.docker import DockerBackend

    try:
        client = DockerBackend().client
        missing = [i.tag for i in list_images(client) if not i.present]
    except SandboxError as e:
        return str(e)
    return f"sandbox images missing: {', '.join(missing)}" if missing else None


def missing(reason: str) -> NoReturn:
    """Something a test needs is not here: a failure under CI=true, a skip elsewhere."""
    if IN_CI:
        pytest.fail(f"required under CI=true: {reason}")
    pytest.skip(f"{reason} (CI would fail)")


def require_docker() -> None:
    """Fail (under CI=true) or skip (elsewhere) when the engine or the images are missing."""
    problem = _docker_problem()
    if problem is not None:
        missing(f"Docker: {problem}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "docker_judge" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.docker)


@pytest.fixture(scope="session")
def docker_judge() -> Iterator[Judge]:
    require_docker()
    judge = Judge(reveal_hidden=True)
    yield judge
    judge.close()


@pytest.fixture(scope="session")
def user_judge() -> Iterator[Judge]:
    """A judge as users get it: hidden tests stay hidden."""
    require_docker()
    judge = Judge()
    yield judge
    judge.close()


@pytest.fixture(scope="session")
def local_judge() -> Iterator[Judge]:
    judge = Judge(backend=LocalBackend(), reveal_hidden=True)
    yield judge
    judge.close()


@pytest.fixture
def make_problem(tmp_path: Path):
    """Write a problem folder from a problem.toml text and test lines; return its path."""

    def make(toml: str, tests: list[str], slug: str = "scratch", **files: str) -> Path:
        folder = tmp_path / slug
        folder.mkdir()
        (folder / "problem.toml").write_text(textwrap.dedent(toml))
        (folder / "statement.md").write_text("# Scratch\n")
        (folder / "tests.jsonl").write_text("\n".join(tests) + "\n")
        for name, content in files.items():
            (folder / name.replace("__", "/")).parent.mkdir(parents=True, exist_ok=True)
            (folder / name.replace("__", "/")).write_text(textwrap.dedent(content))
        return folder

    return make
