"""Sandbox images as plain directories: each image's root filesystem unpacked once, shared.

The OCI backend runs the images the Docker engine built (by either image build), but without
the engine: the image's filesystem is exported from the engine once per image (``docker
create`` + ``export``: the flattened view, no layers or whiteouts to apply) and unpacked into a
cache directory, keyed by the image's id, so a rebuilt tag gets a fresh directory. Every
sandbox of that image mounts the directory read-only as its root. A static init that reaps
(Docker's own ``docker-init``, i.e. tini) is copied in, at :data:`INIT`.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import docker
import docker.errors
import msgspec

from pyscape_judge.errors import ImageError, SandboxError

log = logging.getLogger(__name__)

#: Where unpacked images live unless the backend is told otherwise.
DEFAULT_CACHE = Path("/var/cache/pyscape/rootfs")
#: Where the init is inside every unpacked root filesystem.
INIT = "/.pyscape/init"
#: Static inits that reap, in order of preference (Debian's docker.io and tini packages).
INIT_CANDIDATES = ("/usr/bin/docker-init", "/usr/bin/tini-static", "/sbin/docker-init")
#: Directories a sandbox mounts over; they must exist, since the shared root is read-only.
MOUNT_POINTS = ("proc", "sys", "dev", "tmp")
_DONE = "image.json"


class Rootfs(msgspec.Struct, frozen=True):
    """An unpacked image: its root directory and what its image config says to run with."""

    tag: str
    image_id: str
    path: str
    #: The image's environment (``KEY=value``), as ``docker run`` would set it.
    env: tuple[str, ...] = ()


class RootfsCache:
    """Unpacks each image at most once (per cache directory, across processes) and remembers it."""

    def __init__(
        self,
        directory: Path = DEFAULT_CACHE,
        *,
        client: docker.DockerClient | None = None,
        init: str | None = None,
    ) -> None:
        self.directory = Path(directory)
        self._client = client
        self._init = init
        self._known: dict[str, Rootfs] = {}
        self._lock = threading.Lock()

    def get(self, tag: str) -> Rootfs:
        """The unpacked root filesystem of image ``tag``, unpacking it on first use."""
        with self._lock:
            known = self._known.get(tag)
            if known is None or not os.path.isdir(known.path):  # pruned since: look again
                known = self._known[tag] = self._load_or_unpack(tag)
            return known

    def prune(self, in_use: set[str]) -> int:
        """Remove unpacked images no tag names any more (the tag was rebuilt), unless a
        root in ``in_use`` is theirs; return how many."""
        if not self.directory.is_dir():
            return 0
        removed = 0
        with self._lock, _locked(self.directory / ".lock"):
            tags = self.directory / "tags"
            named = {p.resolve().name for p in tags.iterdir()} if tags.is_dir() else set()
            for folder in self.directory.iterdir():
                stale = folder.name.endswith(".partial") or (folder / _DONE).exists()
                if not stale or folder.name in named or str(folder / "rootfs") in in_use:
                    continue
                log.info("removing %s: no image tag names it any more", folder)
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed

    def _load_or_unpack(self, tag: str) -> Rootfs:
        try:
            image = self.client.images.get(tag)
        except docker.errors.ImageNotFound:
            raise ImageError(
                f"the sandbox image {tag} is missing: build it with `pyscape-judge images build`"
            ) from None
        except (docker.errors.DockerException, OSError) as e:
            offline = self._by_tag(tag)
            if offline is not None:  # the engine is down, but this tag was unpacked before
                log.warning("Docker engine unreachable (%s); using the unpacked %s", e, tag)
                return offline
            raise SandboxError(
                f"cannot unpack {tag}: the Docker engine is not reachable ({e}); start it "
                "(`bash scripts/docker-up.sh`)"
            ) from None
        target = self.directory / image.id.removeprefix("sha256:")[:24]
        with _locked(self.directory / ".lock"):
            if not (target / _DONE).exists():
                self._unpack(image, target)
            self._link_tag(tag, target)
        return _read(target)

    def _unpack(self, image: docker.models.images.Image, target: Path) -> None:
        tag = image.tags[0] if image.tags else image.id
        log.info("unpacking %s into %s (once per image)", tag, target)
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        (partial / "rootfs").mkdir(parents=True)
        container = self.client.api.create_container(image.id, command=["/bin/true"])["Id"]
        try:
            _untar(self.client.api.export(container), partial / "rootfs")
        finally:
            self.client.api.remove_container(container, force=True)
        root = partial / "rootfs"
        for name in MOUNT_POINTS:
            (root / name).mkdir(exist_ok=True)
        (root / "tmp").chmod(0o1777)
        init = root / INIT.lstrip("/")
        init.parent.mkdir(exist_ok=True)
        shutil.copy(self._find_init(), init)
        init.chmod(0o755)
        env = tuple(image.attrs.get("Config", {}).get("Env") or ())
        meta = Rootfs(tag=tag, image_id=image.id, path=str(target / "rootfs"), env=env)
        (partial / _DONE).write_bytes(msgspec.json.encode(meta))
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)
        # The root the sandboxes see must not be writable by them in any way.
        target.chmod(0o755)

    def _link_tag(self, tag: str, target: Path) -> None:
        tags = self.directory / "tags"
        tags.mkdir(exist_ok=True)
        link = tags / _tag_file(tag)
        fresh = link.with_suffix(".new")
        fresh.unlink(missing_ok=True)
        fresh.symlink_to(os.path.relpath(target, tags))
        fresh.replace(link)

    def _by_tag(self, tag: str) -> Rootfs | None:
        link = self.directory / "tags" / _tag_file(tag)
        return _read(link.resolve()) if (link / _DONE).exists() else None

    def _find_init(self) -> str:
        for candidate in (self._init, *INIT_CANDIDATES):
            if candidate and os.path.isfile(candidate) and _is_static(candidate):
                return candidate
        raise SandboxError(
            "no static init for the sandboxes (tried "
            f"{', '.join(INIT_CANDIDATES)}): install Debian's `tini` or `docker.io`"
        )

    @property
    def client(self) -> docker.DockerClient:
        if self._client is None:
            self._client = docker.from_env(timeout=120)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def _read(target: Path) -> Rootfs:
    return msgspec.json.decode((target / _DONE).read_bytes(), type=Rootfs)


def _tag_file(tag: str) -> str:
    return tag.replace("/", "_").replace(":", "_")


def _untar(chunks: Iterator[bytes], into: Path) -> None:
    """Unpack a tar stream exactly (owners, modes, links, devices) with GNU tar, as root."""
    with tempfile.TemporaryFile() as errors:
        tar = subprocess.Popen(
            ["tar", "-x", "--numeric-owner", "--same-permissions", "-C", str(into), "-f", "-"],
            stdin=subprocess.PIPE,
            stderr=errors,
        )
        assert tar.stdin is not None
        try:
            for chunk in chunks:
                tar.stdin.write(chunk)
        except BrokenPipeError:
            pass
        finally:
            tar.stdin.close()
        if tar.wait() != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-500:]
            raise SandboxError(f"unpacking an image failed: {message}")


def _is_static(path: str) -> bool:
    """Whether an executable needs no dynamic loader (so it runs in any image)."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    return head.startswith(b"\x7fELF") and b"/ld-linux" not in head and b"ld-musl" not in head


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
