"""After the whole hostile suite: no container, no temporary file, no process left behind.

The package fixture points the temporary directory of this process at a fresh folder, notes
the containers and child processes that exist before, and checks at the end that the judges
left nothing behind (the judge's own memory is checked in test_memory.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator

import psutil
import pytest

from pyscape_judge.sandbox.docker import DockerBackend
from tests.conftest import _docker_problem
from tests.hostile.host import STARTED, assert_nothing_left, our_containers


@pytest.fixture(scope="package", autouse=True)
def nothing_left_behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    tmp_path_factory.getbasetemp()  # pytest's own folder stays where it is
    private = tempfile.mkdtemp(prefix="pyscape-hostile-")
    saved = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = os.environ["TMPDIR"] = private
    me = psutil.Process()
    children_before = {p.pid for p in me.children(recursive=True)}
    backend = DockerBackend() if _docker_problem() is None else None
    containers_before = our_containers(backend) if backend else set()
    try:
        yield
        left = os.listdir(private)
        assert not left, f"the judge left temporary files: {left}"
        stray = [
            f"{p.pid} {p.name()}"
            for p in me.children(recursive=True)
            if p.pid not in children_before
        ]
        assert not stray, f"child processes left: {stray}"
        if backend is not None:
            assert_nothing_left(
                backend, set(STARTED) | (our_containers(backend) - containers_before)
            )
    finally:
        tempfile.tempdir = saved[0]
        if saved[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved[1]
        shutil.rmtree(private, ignore_errors=True)
        if backend is not None:
            backend.close()
