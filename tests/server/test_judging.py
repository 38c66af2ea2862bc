"""The local judge's start: missing sandbox images are built, or the log says how."""

from __future__ import annotations

import logging

import docker.errors

from pyscape_judge.engine import HOW_TO_BUILD
from pyscape_server.judging import LocalJudging
from pyscape_server.settings import Settings


class NoImages:
    """A Docker client whose engine has no image at all."""

    class images:  # docker-py's attribute name
        @staticmethod
        def get(tag):
            raise docker.errors.ImageNotFound(f"no such image: {tag}")


def service(build: bool, monkeypatch) -> tuple[LocalJudging, list]:
    built: list = []
    import pyscape_judge.engine as engine

    monkeypatch.setattr(engine, "build_images", lambda client, langs, **kw: built.append(langs))
    judging = LocalJudging(Settings(build_images=build))
    judging.engine.backend._client = NoImages()
    return judging, built


def test_missing_images_are_reported_with_the_command(monkeypatch, caplog):
    judging, built = service(False, monkeypatch)
    with caplog.at_level(logging.ERROR, logger="pyscape_server.judging"):
        judging._check_images()
    assert built == []
    assert "sandbox images missing: pyscape/python:" in caplog.text
    assert HOW_TO_BUILD in caplog.text and "pyscape-judge images build" in caplog.text


def test_missing_images_are_built_when_asked(monkeypatch):
    judging, built = service(True, monkeypatch)
    judging._check_images()
    assert built and "python" in built[0]


def test_missing_names_the_images_for_ready(monkeypatch):
    judging, _ = service(False, monkeypatch)
    (missing,) = judging.engine.missing()
    assert missing.startswith("sandbox images missing: ") and "pyscape/python:" in missing


def test_missing_names_an_engine_that_does_not_answer():
    judging = LocalJudging(Settings(docker_host="unix:///nonexistent/docker.sock"))
    (missing,) = judging.engine.missing()
    assert missing.startswith("the Docker engine does not answer")
