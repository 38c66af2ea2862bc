"""The judge's start: missing sandbox images are built, or the log says how."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import docker.errors

from pyscape_server.judging import HOW_TO_BUILD, JudgeService
from pyscape_server.settings import Settings


class NoImages:
    """A Docker client whose engine has no image at all."""

    class images:  # docker-py's attribute name
        @staticmethod
        def get(tag):
            raise docker.errors.ImageNotFound(f"no such image: {tag}")


def service(build: bool, monkeypatch) -> tuple[JudgeService, list]:
    built: list = []
    import pyscape_judge.images as images

    monkeypatch.setattr(images, "build_images", lambda client, langs, **kw: built.append(langs))
    judging = JudgeService(Settings(build_images=build))
    judging._judge = SimpleNamespace(backend=SimpleNamespace(client=NoImages()))
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
