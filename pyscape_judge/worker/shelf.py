"""A worker's problems, by slug and version: loaded on first use, refused at another version."""

from __future__ import annotations

import threading
from pathlib import Path

from pyscape_judge.errors import ProblemError
from pyscape_judge.problem import Problem, folder_hash, load_problem, resolve_problem_path


class VersionRefused(ProblemError):
    """The worker does not hold the problem at the version a job asks for."""


class Shelf:
    """The problems under ``problems_dir`` (default: the ones shipped with PyScape)."""

    def __init__(self, problems_dir: Path | None = None) -> None:
        self.problems_dir = problems_dir
        self._loaded: dict[str, Problem] = {}
        self._lock = threading.Lock()

    def get(self, slug: str, version: str) -> Problem:
        """Problem ``slug`` at ``version`` (any when empty); blocking, run it in a thread.

        Raises :class:`VersionRefused` when the folder is missing or at another version.
        """
        with self._lock:
            problem = self._loaded.get(slug)
            if problem is not None and (not version or problem.version == version):
                return problem
            try:
                folder = resolve_problem_path(slug, self.problems_dir)
            except ProblemError:
                raise VersionRefused(slug, "this worker has no such problem folder") from None
            have = folder_hash(folder)
            if version and have != version:
                raise VersionRefused(
                    folder,
                    f"this worker has version {have}, the job wants {version}: deploy the same "
                    "problems folder on every judge host (and restart the server after a change)",
                )
            problem = load_problem(folder)
            self._loaded[slug] = problem
            return problem

    def __len__(self) -> int:
        return len(self._loaded)
