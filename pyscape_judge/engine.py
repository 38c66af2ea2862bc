"""The Docker engine a judge runs on, as a service sees it: the backend to judge with, whether
the engine answers and the sandbox images are there (a readiness check), and building the
missing images.

>>> engine = Engine(docker_host="unix:///run/docker.sock")
>>> judge = Judge(backend=engine.backend)
>>> engine.missing()            # [] when submissions can be judged
['sandbox images missing: pyscape/cpp:3f2a...']
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from pyscape_judge.errors import JudgeError
from pyscape_judge.images import ImageInfo, build_images, list_images
from pyscape_judge.sandbox.docker import DockerBackend

_log = logging.getLogger(__name__)

#: The command that builds missing images, for messages.
HOW_TO_BUILD = "build them with `pyscape-judge images build` (or `just images`)"


class Engine:
    """One Docker engine (``docker_host``, default ``DOCKER_HOST`` or the local socket)."""

    def __init__(self, *, runtime: str = "auto", docker_host: str | None = None) -> None:
        #: The backend a :class:`~pyscape_judge.Judge` judges with on this engine.
        self.backend = DockerBackend(runtime=runtime, base_url=docker_host)

    def images(self, languages: Sequence[str] | None = None) -> list[ImageInfo]:
        """The image of each language's current recipe, present or not (:class:`JudgeError`
        when the engine does not answer)."""
        return list_images(self.backend.client, languages)

    def missing(self, languages: Sequence[str] | None = None) -> list[str]:
        """What keeps this engine from judging now, each a sentence; ``[]`` when nothing does.
        Blocking: call it off the event loop."""
        try:
            absent = [i.tag for i in self.images(languages) if not i.present]
        except JudgeError as e:
            return [f"the Docker engine does not answer: {e}"]
        return [f"sandbox images missing: {', '.join(absent)}"] if absent else []

    def build_missing(
        self, languages: Sequence[str] | None = None, *, log: Callable[[str], None] | None = None
    ) -> list[str]:
        """Build the images that are missing (minutes each); return the tags built."""
        absent = [i.language for i in self.images(languages) if not i.present]
        if not absent:
            return []
        return build_images(
            self.backend.client, absent, log=log or logging.getLogger(__name__).info
        )

    def close(self) -> None:
        self.backend.close()
