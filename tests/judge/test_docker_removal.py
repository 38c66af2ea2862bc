"""Every container the Docker backend starts is removed: when the engine refuses a removal,
and when the judge drops a sandbox without closing it (a bug, made harmless)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import docker.errors
import pytest

from pyscape_judge import get_language
from pyscape_judge.limits import Limits
from pyscape_judge.sandbox.base import RunSpec
from pyscape_judge.sandbox.docker import DockerBackend
from tests.conftest import require_docker


@pytest.fixture
def backend() -> Iterator[DockerBackend]:
    require_docker()
    backend = DockerBackend()
    yield backend
    backend.close()


def sleeper() -> RunSpec:
    return RunSpec(
        language="python",
        image=get_language("python").image(),
        limits=Limits(),
        command=("/bin/sh", "-c", "exec sleep 60"),
    )


def exists(backend: DockerBackend, container: str) -> bool:
    try:
        backend.client.api.inspect_container(container)
    except docker.errors.NotFound:
        return False
    return True


@pytest.mark.docker
def test_a_refused_removal_is_tried_again(
    backend: DockerBackend, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    api = backend.client.api
    remove = api.remove_container
    refused: list[str] = []

    def refuse_once(container: str, **options: object) -> None:
        if not refused:
            refused.append(container)
            raise docker.errors.APIError("removal of container is already in progress")
        remove(container, **options)

    monkeypatch.setattr(api, "remove_container", refuse_once)
    box = backend.start(sleeper())
    with caplog.at_level("WARNING"):
        box.close()
    assert refused == [box.container] and exists(backend, box.container)
    assert "tried again later" in caplog.text
    backend.start(sleeper()).close()  # the next start removes it
    assert not exists(backend, box.container)


@pytest.mark.docker
def test_a_sandbox_dropped_unclosed_leaves_no_container(
    backend: DockerBackend, caplog: pytest.LogCaptureFixture
) -> None:
    box = backend.start(sleeper())
    container = box.container
    del box
    gc.collect()
    assert exists(backend, container)  # not removed inside a garbage collection
    with caplog.at_level("WARNING"):
        backend.close()
    assert f"sandbox {container[:12]} was dropped without being closed" in caplog.text
    assert not exists(backend, container)
