"""The problem folders on disk, loaded on demand and kept by version.

Loading a problem validates every test (seconds for the big ones), so the server loads only
what it must: at start, the folders that are new or changed since the last sync; later, a
problem the first time it is judged (or when :meth:`Catalog.preload` reaches it).
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import msgspec

from pyscape_judge import Problem, ProblemError, folder_hash, iter_problems, load_problem

log = logging.getLogger(__name__)


class Folder(msgspec.Struct, frozen=True):
    slug: str
    path: Path
    version: str


class Catalog:
    def __init__(self, problems_dir: Path | None) -> None:
        self.problems_dir = problems_dir
        #: The folders found by the last :meth:`scan`, by slug.
        self.folders: dict[str, Folder] = {}
        self._loaded: dict[str, Problem] = {}
        self._loading: dict[str, asyncio.Future[Problem]] = {}

    def scan(self) -> dict[str, Folder]:
        """Find the folders and their version hashes (blocking: run it in a thread)."""
        self.folders = {
            path.name: Folder(path.name, path, folder_hash(path))
            for path in iter_problems(self.problems_dir)
        }
        return self.folders

    def load(self, slug: str) -> Problem:
        """Load (blocking) and keep a problem; :class:`ProblemError` when it cannot."""
        folder = self.folders.get(slug)
        if folder is None:
            raise ProblemError(slug, "no such problem folder")
        problem = load_problem(folder.path)
        self._loaded[slug] = problem
        return problem

    async def get(self, slug: str) -> Problem:
        """The loaded problem ``slug`` (loading it in a thread the first time)."""
        problem = self._loaded.get(slug)
        if problem is not None:
            return problem
        pending = self._loading.get(slug)
        if pending is None:
            pending = asyncio.ensure_future(asyncio.to_thread(self.load, slug))
            self._loading[slug] = pending
            pending.add_done_callback(lambda _: self._loading.pop(slug, None))
        return await asyncio.shield(pending)

    async def preload(self) -> None:
        """Load every problem not loaded yet, one at a time, in the background."""
        for slug in list(self.folders):
            if slug in self._loaded:
                continue
            try:
                await self.get(slug)
            except ProblemError as e:
                log.warning("problem %s cannot be loaded: %s", slug, e)
        log.info("all %d problems loaded", len(self._loaded))
