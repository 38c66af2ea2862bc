"""The build from the recipe's Dockerfile (``docker build``; pulls ``debian:trixie-slim``)."""

from __future__ import annotations

import shutil
import tempfile
from io import BytesIO
from pathlib import Path

import docker
import docker.errors

from pyscape_judge.errors import ImageError
from pyscape_judge.images.npm import install_packages
from pyscape_judge.images.progress import Log, _timed
from pyscape_judge.images.recipes import (
    LABEL_TOOLCHAIN,
    _copy_harness,
    _label_instructions,
    _one_line,
    _Recipe,
)
from pyscape_judge.images.sandboxed import _run_sandboxed


def _build_dockerfile(client: docker.DockerClient, recipe: _Recipe, log: Log) -> None:
    """``docker build`` of the recipe folder (its harness folders under ``harness.d/``, its npm
    packages under ``node_modules.d/``), then the toolchain label from its version command."""
    with _timed(log, recipe.language, "docker build"), tempfile.TemporaryDirectory() as context:
        shutil.copytree(recipe.path, context, dirs_exist_ok=True)
        (Path(context) / "harness.d").mkdir()
        _copy_harness(recipe, Path(context) / "harness.d")
        install_packages(recipe.npm, Path(context) / "node_modules.d")
        _docker_build(client, recipe, path=context, labels=recipe.labels())
    toolchain = _one_line(_run_sandboxed(client, recipe.tag, recipe.version_command), recipe)
    label = _label_instructions({LABEL_TOOLCHAIN: toolchain})
    dockerfile = "\n".join([f"FROM {recipe.tag}", *label])
    _docker_build(client, recipe, fileobj=BytesIO(dockerfile.encode()))


def _docker_build(client: docker.DockerClient, recipe: _Recipe, **options: object) -> None:
    try:
        client.images.build(tag=recipe.tag, rm=True, forcerm=True, **options)
    except docker.errors.BuildError as exc:
        lines = [
            line for item in exc.build_log for line in str(item.get("stream", "")).splitlines()
        ]
        raise ImageError(
            f"{recipe.language}: docker build of {recipe.path / 'Dockerfile'} failed: {exc.msg}\n"
            + "\n".join(f"    {line}" for line in lines[-15:])
            + "\n(A Dockerfile build needs debian:trixie-slim from a registry; without one, build "
            "offline, as root with debootstrap: offline=True.)"
        ) from exc
