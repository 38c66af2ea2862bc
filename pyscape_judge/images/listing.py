"""What the Docker engine holds for each language's current recipe, and its failures as
:class:`ImageError`."""

from __future__ import annotations

import os
from collections.abc import Sequence

import docker
import docker.errors
import msgspec
import requests

from pyscape_judge.errors import ImageError
from pyscape_judge.images.recipes import LABEL_TOOLCHAIN, _languages, _load_recipe, _Recipe

_ENGINE_ERRORS = (docker.errors.DockerException, requests.exceptions.RequestException)


class ImageInfo(msgspec.Struct, frozen=True):
    """What the Docker engine has for one language's current recipe."""

    language: str
    tag: str
    present: bool
    toolchain: str | None = None
    size_mb: float | None = None
    created: str | None = None
    #: One line: what a submission finds (the first line of the recipe's environment.md).
    environment: str = ""


def list_images(
    client: docker.DockerClient,
    languages: Sequence[str] | None = None,
    *,
    directory: str | os.PathLike[str] | None = None,
) -> list[ImageInfo]:
    """The image of each language's current recipe, present or not."""
    return [
        _image_info(client, _load_recipe(language, directory))
        for language in _languages(languages, directory)
    ]


def _image_info(client: docker.DockerClient, recipe: _Recipe) -> ImageInfo:
    image = _get_image(client, recipe.tag)
    summary = next(iter(recipe.environment.splitlines()), "")
    if image is None:
        return ImageInfo(recipe.language, recipe.tag, present=False, environment=summary)
    return ImageInfo(
        recipe.language,
        recipe.tag,
        present=True,
        toolchain=(image.labels or {}).get(LABEL_TOOLCHAIN),
        size_mb=round(image.attrs["Size"] / 1e6, 1),
        created=image.attrs.get("Created"),
        environment=summary,
    )


def _get_image(client: docker.DockerClient, tag: str) -> docker.models.images.Image | None:
    try:
        return client.images.get(tag)
    except docker.errors.ImageNotFound:
        return None
    except _ENGINE_ERRORS as exc:
        raise _engine_error(exc) from exc


def _engine_error(exc: Exception) -> ImageError:
    hint = ""
    if isinstance(exc, requests.exceptions.ConnectionError):
        hint = " Is it running? (`docker info`; on a fresh Debian machine: scripts/docker-up.sh)"
    return ImageError(f"the Docker engine failed: {exc}.{hint}")
