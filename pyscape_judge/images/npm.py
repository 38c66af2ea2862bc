"""npm packages of a recipe (its ``npm`` file): fetched on the host from the npm registry at
pinned versions, checked against their integrity hashes, and unpacked into the new image at
:data:`NODE_MODULES_DIR` by both builds (offline: into the root; Dockerfile: into the build
context's ``node_modules.d/``, which the Dockerfile copies).

The ``npm`` file holds one package a line, ``<name> <version> <integrity>`` (``#`` starts a
comment), every dependency listed too: nothing is resolved here, nothing runs (no install
scripts). The integrity is the registry's ``dist.integrity`` (``npm view <name>@<version>
dist.integrity``), a ``sha512-<base64>`` hash of the tarball.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import re
import shutil
import tarfile
import urllib.error
import urllib.request
import zlib
from pathlib import Path, PurePosixPath

import msgspec

from pyscape_judge.errors import ImageError

REGISTRY = "https://registry.npmjs.org"
NODE_MODULES_DIR = "/opt/pyscape/node_modules"
"""Where the image holds the packages (``harness/javascript/globals.js`` loads them there)."""
CACHE_DIR = Path("/var/cache/pyscape-npm")
"""The host's cache of checked tarballs (used when it can be written: a root build)."""
FETCH_TIMEOUT_S = 60

_NAME = re.compile(r"^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_INTEGRITY = re.compile(r"^sha512-[A-Za-z0-9+/]{86}==$")


class NpmPackage(msgspec.Struct, frozen=True):
    """One pinned package of a recipe's ``npm`` file."""

    name: str
    version: str
    integrity: str

    @property
    def tarball_url(self) -> str:
        """The registry's address of the tarball (``<name>/-/<basename>-<version>.tgz``)."""
        basename = self.name.rsplit("/", 1)[-1]
        return f"{REGISTRY}/{self.name}/-/{basename}-{self.version}.tgz"

    def __str__(self) -> str:
        return f"{self.name}@{self.version}"


def read_npm_file(path: Path) -> tuple[NpmPackage, ...]:
    """The packages of a recipe's ``npm`` file; :class:`ImageError` names the bad line."""
    packages = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        where = f"{path}:{number}"
        if len(fields) != 3:
            raise ImageError(f"{where}: expected `<name> <version> <integrity>`, got {line!r}")
        name, version, integrity = fields
        if not _NAME.match(name):
            raise ImageError(f"{where}: {name!r} is not an npm package name")
        if not _VERSION.match(version):
            raise ImageError(f"{where}: {version!r} is not an exact version (like 4.17.21)")
        if not _INTEGRITY.match(integrity):
            raise ImageError(
                f"{where}: {integrity!r} is not a sha512 integrity "
                f"(`npm view {name}@{version} dist.integrity` prints it)"
            )
        packages.append(NpmPackage(name, version, integrity))
    names = [p.name for p in packages]
    if len(set(names)) != len(names):
        raise ImageError(f"{path}: a package is listed twice")
    return tuple(packages)


def install_packages(packages: tuple[NpmPackage, ...], node_modules: Path) -> None:
    """Each package fetched (or taken from the cache), checked and unpacked into
    ``node_modules/<name>/``, readable by everyone."""
    node_modules.mkdir(parents=True, exist_ok=True)
    for package in packages:
        _unpack(package, fetch(package), node_modules / package.name)


def fetch(package: NpmPackage, cache_dir: Path | None = None) -> bytes:
    """The package's tarball, checked against its integrity; cached in ``cache_dir`` (default:
    ``CACHE_DIR`` as it is when called, so that a test can point it elsewhere)."""
    cache_dir = cache_dir or CACHE_DIR
    cached = cache_dir / f"{package.name.replace('/', '+')}-{package.version}.tgz"
    if cached.is_file():
        data = cached.read_bytes()
        if _matches(data, package.integrity):
            return data
    try:
        with urllib.request.urlopen(package.tarball_url, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise ImageError(
            f"npm package {package}: {package.tarball_url} could not be fetched: {exc} "
            "(the image build needs the npm registry, or the tarball in "
            f"{cache_dir})"
        ) from exc
    if not _matches(data, package.integrity):
        raise ImageError(
            f"npm package {package}: the tarball from {package.tarball_url} does not match its "
            f"integrity {package.integrity}: refused"
        )
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(data)
    except OSError:
        pass  # not root: no cache, the next build fetches again
    return data


def _matches(data: bytes, integrity: str) -> bool:
    algorithm, _, expected = integrity.partition("-")
    return algorithm == "sha512" and base64.b64encode(hashlib.sha512(data).digest()).decode() == (
        expected
    )


def _unpack(package: NpmPackage, data: bytes, target: Path) -> None:
    """The tarball's regular files and folders under ``target``, its top folder
    (``package/``) left out; links, devices and paths leaving ``target`` are refused."""
    try:
        # Gunzipped once, in memory (Node's package is 150 MB unpacked): a gzip stream read
        # through tarfile takes twice the CPU.
        with tarfile.open(fileobj=io.BytesIO(gzip.decompress(data)), mode="r:") as archive:
            _unpack_members(package, archive, target)
    except (tarfile.TarError, gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise ImageError(f"npm package {package}: not a gzipped tarball: {exc}") from exc
    for folder in [target, *(p for p in target.rglob("*") if p.is_dir())]:
        folder.chmod(0o755)


def _unpack_members(package: NpmPackage, archive: tarfile.TarFile, target: Path) -> None:
    for member in archive:
        parts = PurePosixPath(member.name).parts[1:]
        if not parts:
            continue
        if member.name.startswith("/") or ".." in parts:
            raise ImageError(f"npm package {package}: {member.name!r} leaves its folder")
        path = target.joinpath(*parts)
        if member.isdir():
            path.mkdir(parents=True, exist_ok=True)
            path.chmod(0o755)
        elif member.isfile():
            path.parent.mkdir(parents=True, exist_ok=True)
            source = archive.extractfile(member)
            assert source is not None
            with path.open("wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
            path.chmod(0o755 if member.mode & 0o111 else 0o644)
        else:
            raise ImageError(
                f"npm package {package}: {member.name!r} is not a file or folder: refused"
            )
