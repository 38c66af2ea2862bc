"""Compiled programs kept by the host, so that an identical submission is not compiled again.

The key hashes everything the program is made of: the language, its image, its harness, and
the submission's files (the user's code and the driver generated from the signature). The
program comes out of the sandbox in the ``compiled`` record, written by ``start`` after the
compiler and before any of the user's code runs; it only ever runs in a sandbox again.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from pyscape_judge.languages import Language


def artefact_key(language: Language, files: dict[str, bytes]) -> str:
    """The cache key of a submission's compiled program."""
    h = hashlib.sha256()
    h.update(language.name.encode() + b"\0" + language.image().encode() + b"\0")
    for part in (language.harness_files(), files):
        for name in sorted(part):
            h.update(name.encode() + b"\0" + hashlib.sha256(part[name]).digest())
    return h.hexdigest()


class ArtefactCache:
    """A thread-safe LRU of compiled programs, bounded by their total size."""

    def __init__(self, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            data = self._items.get(key)
            if data is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return data

    def put(self, key: str, data: bytes) -> None:
        if len(data) > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old)
            self._items[key] = data
            self._size += len(data)
            while self._size > self.max_bytes:
                _, evicted = self._items.popitem(last=False)
                self._size -= len(evicted)
