"""Commands in a container sandboxed as the judge's: an image's self-test and its version."""

from __future__ import annotations

import os

import docker
import docker.errors
import requests

from pyscape_judge.errors import ImageError
from pyscape_judge.images.recipes import image_tag

SANDBOX_USER = "65534:65534"
SANDBOX_TMPFS = {"/tmp": "rw,exec,nosuid,nodev,size=256m"}
SANDBOX_TIMEOUT = 120.0
"""Seconds a self-test or version command may take (javac and clang++ included)."""
SELFTEST_INPUT = "PyScape self-test: 1 2 3\nüñïçødé ✓\n\nlast line without newline"


def selftest_command(language: str) -> str:
    """How the self-test (``/opt/pyscape/selftest.<ext>``) of ``language`` is compiled and
    run: the language's own ``selftest_command``."""
    from pyscape_judge.languages import languages

    lang = languages().get(language)
    if lang is None:
        known = ", ".join(languages())
        raise ImageError(f"no language {language!r} in pyscape_judge/languages (known: {known})")
    command = getattr(lang, "selftest_command", None)
    if command is None:
        raise ImageError(f"{type(lang).__name__} ({language}) declares no selftest_command")
    return command


def selftest(
    client: docker.DockerClient,
    language: str,
    *,
    tag: str | None = None,
    runtime: str | None = None,
    directory: str | os.PathLike[str] | None = None,
) -> None:
    """Compile (for java and cpp) and run the image's self-test in a sandboxed container, and
    check that it copies its input to its output; raise :class:`ImageError` if not."""
    image = tag or image_tag(language, directory=directory)
    command = selftest_command(language)
    output = _run_sandboxed(
        client,
        image,
        f'printf %s "$PYSCAPE_INPUT" | ({command})',
        runtime=runtime,
        environment={"PYSCAPE_INPUT": SELFTEST_INPUT},
    )
    if output != SELFTEST_INPUT:
        raise ImageError(
            f"{language}: the self-test of {image} printed {output!r} instead of "
            f"{SELFTEST_INPUT!r}: the image is broken; check its recipe and `{command}`"
        )


def _run_sandboxed(
    client: docker.DockerClient,
    image: str,
    script: str,
    *,
    runtime: str | None = None,
    environment: dict[str, str] | None = None,
    timeout: float = SANDBOX_TIMEOUT,
) -> str:
    """stdout of ``sh -c script`` in a container locked down as the judge's; removed after.

    The output is read once the container has exited: ``containers.run`` without ``detach``
    follows the logs and can lose a last line that has no newline.
    """
    try:
        container = client.containers.run(
            image,
            ["/bin/sh", "-c", script],
            detach=True,
            user=SANDBOX_USER,
            network_mode="none",
            read_only=True,
            tmpfs=SANDBOX_TMPFS,
            working_dir="/tmp",
            environment={"HOME": "/tmp", **(environment or {})},
            runtime=runtime,
        )
    except docker.errors.ImageNotFound as exc:
        raise ImageError(f"{image} is not built: build it with build_images()") from exc
    try:
        status = container.wait(timeout=timeout)["StatusCode"]
        stdout = container.logs(stdout=True, stderr=False).decode(errors="replace")
        if status != 0:
            stderr = container.logs(stdout=False, stderr=True).decode(errors="replace").strip()
            raise ImageError(f"{image}: `{script}` failed (exit {status}):\n{stderr}")
        return stdout
    except requests.exceptions.RequestException as exc:  # the wait's timeout comes as one
        raise ImageError(
            f"{image}: `{script}` did not finish in {timeout:.0f} s, or the engine failed: {exc}"
        ) from exc
    finally:
        container.remove(force=True)
