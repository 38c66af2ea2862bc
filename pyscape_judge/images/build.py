"""Building the images: the missing ones (or all), concurrently, offline or from the
Dockerfiles, each checked by its self-test before it counts as built."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import docker
import docker.errors

from pyscape_judge.errors import ImageError
from pyscape_judge.images.dockerfile import _build_dockerfile
from pyscape_judge.images.listing import _ENGINE_ERRORS, _engine_error, _get_image
from pyscape_judge.images.offline import _build_offline, _check_offline_tools, _offline_default
from pyscape_judge.images.progress import Log, _log_stderr, _timed
from pyscape_judge.images.recipes import _languages, _load_recipe, _Recipe
from pyscape_judge.images.sandboxed import selftest


def build_images(
    client: docker.DockerClient,
    languages: Sequence[str] | None = None,
    *,
    offline: bool | None = None,
    force: bool = False,
    log: Log = _log_stderr,
    directory: str | os.PathLike[str] | None = None,
) -> list[str]:
    """Build the images of ``languages`` (default: all) that are missing, or all of them with
    ``force``, each followed by its self-test; return the tags built.

    ``offline=None`` builds offline (debootstrap, no registry) when ``debootstrap`` is on PATH
    and we are root, else from the Dockerfiles. The languages are built concurrently. Raises
    :class:`ImageError` naming every language that failed and what to do.
    """
    recipes = [_load_recipe(language, directory) for language in _languages(languages, directory)]
    todo = [r for r in recipes if force or _get_image(client, r.tag) is None]
    if not todo:
        log("sandbox images: all present")
        return []
    use_offline = _offline_default() if offline is None else offline
    if use_offline:
        _check_offline_tools()
    builder = _build_offline if use_offline else _build_dockerfile
    how = "offline (debootstrap)" if use_offline else "from the Dockerfiles"
    log(f"sandbox images: building {', '.join(r.tag for r in todo)} {how}")

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(todo), thread_name_prefix="pyscape-image") as pool:
        futures = [pool.submit(_build_and_test, client, r, builder, log) for r in todo]
    failures = [str(exc) for f in futures if (exc := f.exception()) is not None]
    if failures:
        raise ImageError("sandbox image build failed:\n" + "\n".join(failures))
    log(f"sandbox images: built {len(todo)} in {time.monotonic() - started:.1f} s")
    return [r.tag for r in todo]


def _build_and_test(
    client: docker.DockerClient, recipe: _Recipe, builder: Callable[..., None], log: Log
) -> None:
    started = time.monotonic()
    try:
        previous = _get_image(client, recipe.tag)
        builder(client, recipe, log)
        with _timed(log, recipe.language, "self-test"):
            _selftest_or_remove(client, recipe)
        if previous is not None:
            _remove_replaced(client, previous)
    except ImageError:
        raise
    except _ENGINE_ERRORS as exc:
        raise _engine_error(exc) from exc
    except Exception as exc:  # keep one language's crash from hiding the others' results
        raise ImageError(f"{recipe.language}: unexpected error: {exc!r}") from exc
    log(f"{recipe.language}: built {recipe.tag} in {time.monotonic() - started:.1f} s")


def _remove_replaced(client: docker.DockerClient, previous: docker.models.images.Image) -> None:
    """Remove the image a forced rebuild replaced, unless something still uses it."""
    with contextlib.suppress(docker.errors.APIError):
        if not client.images.get(previous.id).tags:
            client.images.remove(previous.id)


def _selftest_or_remove(client: docker.DockerClient, recipe: _Recipe) -> None:
    """Self-test a new image; a failing one is removed, so that it is built again next time."""
    try:
        selftest(client, recipe.language, tag=recipe.tag)
    except ImageError as exc:
        client.images.remove(recipe.tag, force=True)
        raise ImageError(f"{exc} (the image was removed)") from exc
