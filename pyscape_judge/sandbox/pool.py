"""Where sandboxes come from: started on demand, or from a warm pool.

A warm pool keeps, per kind of sandbox (image, limits and prime), a few containers created,
started and primed ahead of need: the harness has loaded (an interpreter its modules, a JVM
javac) and said ``primed``, and waits on stdin for its next frame. Each sandbox serves
exactly one submission, then is destroyed in the background and replaced. Kinds not asked
for during ``idle_s`` are let go.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import msgspec

from pyscape_judge.channel import await_primed
from pyscape_judge.errors import SandboxError
from pyscape_judge.sandbox.base import Backend, RunSpec, Sandbox

log = logging.getLogger(__name__)


class ColdStart:
    """No pool: every sandbox is created and started when a submission needs it."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def acquire(self, spec: RunSpec, prime: bytes | None) -> Sandbox:
        """A started sandbox that has been sent ``prime`` and said it is primed."""
        box = self.backend.start(spec)
        if prime is not None:
            try:
                box.write(prime, timeout=10)
                await_primed(box)
            except BaseException:
                box.close()
                raise
        return box

    def release(self, box: Sandbox) -> None:
        """Destroy a used sandbox (a failure is logged: the verdict stands)."""
        _close(box)

    def close(self) -> None:
        pass


@dataclass
class _Kind:
    spec: RunSpec
    prime: bytes | None
    last_used: float
    ready: deque[Sandbox] = field(default_factory=deque)


class WarmPool(ColdStart):
    """Per kind of sandbox, ``size`` started and primed sandboxes waiting for a submission.

    At most ``max_live`` sandboxes exist at once (waiting, starting, in use and being removed
    together), beyond what the callers' own concurrency needs.
    """

    def __init__(
        self,
        backend: Backend,
        *,
        size: int = 2,
        max_live: int = 16,
        idle_s: float = 300.0,
        fillers: int = 3,
    ) -> None:
        super().__init__(backend)
        self.size = size
        self.max_live = max_live
        self.idle_s = idle_s
        self._kinds: dict[bytes, _Kind] = {}
        self._live = 0
        #: Sandboxes handed out and not yet released: while any run, only kinds that ran dry
        #: are refilled, so that starting containers does not slow the submissions down.
        self._in_use = 0
        self._lock = threading.Condition()
        self._closed = False
        self._reaper = ThreadPoolExecutor(2, thread_name_prefix="pyscape-reaper")
        #: Containers start in parallel: the engine overlaps their setup.
        self._fillers = [
            threading.Thread(target=self._fill_forever, name=f"pyscape-pool-{i}", daemon=True)
            for i in range(fillers)
        ]
        for thread in self._fillers:
            thread.start()

    @staticmethod
    def _key(spec: RunSpec, prime: bytes | None) -> bytes:
        digest = hashlib.sha256(prime).digest() if prime is not None else b""
        return msgspec.json.encode(spec) + digest

    def warm(self, spec: RunSpec, prime: bytes | None) -> None:
        """Keep sandboxes of this kind ready from now on (as if one had just been asked for)."""
        with self._lock:
            self._kind(spec, prime)
            self._lock.notify_all()

    def acquire(self, spec: RunSpec, prime: bytes | None) -> Sandbox:
        with self._lock:
            kind = self._kind(spec, prime)
            kind.last_used = time.monotonic()
            self._in_use += 1
            while kind.ready:
                box = kind.ready.popleft()
                self._lock.notify_all()
                if _alive(box):
                    return box
                self._destroy(box)
            self._live += 1
            self._lock.notify_all()
        try:
            return super().acquire(spec, prime)
        except BaseException:
            self._forget_one()
            self._done_with_one()
            raise

    def release(self, box: Sandbox) -> None:
        self._done_with_one()
        self._destroy(box)

    def _done_with_one(self) -> None:
        with self._lock:
            self._in_use -= 1
            self._lock.notify_all()

    def close(self) -> None:
        """Destroy every waiting sandbox and stop refilling."""
        with self._lock:
            self._closed = True
            boxes = [box for kind in self._kinds.values() for box in kind.ready]
            self._kinds.clear()
            self._lock.notify_all()
        for thread in self._fillers:
            thread.join(timeout=30)
        for box in boxes:
            self._destroy(box)
        self._reaper.shutdown(wait=True)

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "live": self._live,
                "ready": sum(len(k.ready) for k in self._kinds.values()),
                "kinds": len(self._kinds),
            }

    # ------------------------------------------------------------------------- internals

    def _kind(self, spec: RunSpec, prime: bytes | None) -> _Kind:
        key = self._key(spec, prime)
        kind = self._kinds.get(key)
        if kind is None:
            kind = self._kinds[key] = _Kind(spec, prime, time.monotonic())
        return kind

    def _destroy(self, box: Sandbox) -> None:
        def remove() -> None:
            try:
                _close(box)
            finally:
                self._forget_one()

        try:
            self._reaper.submit(remove)
        except RuntimeError:  # shut down: remove right here
            remove()

    def _forget_one(self) -> None:
        with self._lock:
            self._live -= 1
            self._lock.notify_all()

    def _next_to_fill(self) -> _Kind | None:
        """The kind most short of ready sandboxes, when there is room for one more."""
        now = time.monotonic()
        for key, kind in list(self._kinds.items()):
            if now - kind.last_used > self.idle_s:
                del self._kinds[key]
                for box in kind.ready:
                    self._destroy(box)
        if self._live >= self.max_live:
            return None
        short = [
            k
            for k in self._kinds.values()
            if len(k.ready) < self.size and (self._in_use == 0 or not k.ready)
        ]
        return min(short, key=lambda k: len(k.ready)) if short else None

    def _fill_forever(self) -> None:
        while True:
            with self._lock:
                kind = self._next_to_fill()
                while kind is None and not self._closed:
                    self._lock.wait(timeout=self.idle_s / 4 or 1)
                    kind = self._next_to_fill()
                if self._closed:
                    return
                self._live += 1
            try:
                box = ColdStart.acquire(self, kind.spec, kind.prime)
            except (SandboxError, OSError) as e:
                log.warning("warm pool: could not start a %s sandbox: %s", kind.spec.language, e)
                self._forget_one()
                time.sleep(1.0)
                continue
            with self._lock:
                if self._closed or self._kinds.get(self._key(kind.spec, kind.prime)) is not kind:
                    self._destroy(box)
                else:
                    kind.ready.append(box)
                    self._lock.notify_all()


def _close(box: Sandbox) -> None:
    """Close ``box``; what goes wrong is logged, never raised into a verdict or lost in the
    reaper's threads (the backend still removes the sandbox: see its close)."""
    try:
        box.close()
    except Exception:
        log.exception("could not close a sandbox")


def _alive(box: Sandbox) -> bool:
    """A waiting sandbox has said nothing; one that wrote or closed its output is unusable,
    and so is one that cannot be checked (it is destroyed, never dropped)."""
    check = getattr(box, "idle", None)
    try:
        return bool(check()) if check is not None else True
    except Exception as e:
        log.warning("warm pool: a waiting sandbox could not be checked: %s", e)
        return False
