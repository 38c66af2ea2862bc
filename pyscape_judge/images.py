"""The sandbox images: one Docker image per language, built from ``sandbox_images/<language>/``.

A recipe folder holds ``packages`` (Debian trixie packages, one a line), ``setup.sh`` (a POSIX
sh script run inside the new root once they are installed), ``Dockerfile`` (the same recipe
for a machine with a registry), ``version`` (a shell command printing the toolchain version)
and ``selftest.<ext>`` (a program copying stdin to stdout); optionally ``harness``, folders of
``pyscape_judge/harness`` (one a line) installed at ``/opt/pyscape/harness/`` for ``setup.sh``
to build ahead of need (the Java runner's classes). The tag of an image carries a hash of its
recipe and of those harness files, so a changed recipe or harness gets a new tag and is built
again.

Two ways to build an image:

* offline (root and ``debootstrap``, no registry): debootstrap a minimal trixie root with the
  packages, run ``setup.sh`` in it by chroot and ``docker import`` it;
* Dockerfile: ``docker build`` of the recipe folder (with its harness folders under
  ``harness.d/``), which pulls ``debian:trixie-slim``.

Every image built is then checked by its self-test, in a container sandboxed as the judge's.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path

import docker
import docker.errors
import msgspec
import requests

from pyscape_judge.errors import ImageError

__all__ = [
    "LANGUAGES",
    "ImageError",
    "ImageInfo",
    "build_images",
    "discover_languages",
    "image_tag",
    "images_dir",
    "list_images",
    "selftest",
]

SUITE = "trixie"
MIRROR = "http://deb.debian.org/debian"
CACHE_ROOT = Path("/var/cache/pyscape-debootstrap")
"""Per-language debootstrap caches of .deb files (``<language>/``) and build logs (``logs/``)."""
WORK_ROOT = Path("/var/tmp")
"""Where the offline build makes its temporary roots (on disk, not in a tmpfs /tmp)."""

REPOSITORY = "pyscape"
RECIPE_FORMAT = "1"
"""First part of every tag's version: bump it when the way recipes are built changes."""
LABEL_LANGUAGE = "pyscape.language"
LABEL_TOOLCHAIN = "pyscape.toolchain"
LABEL_RECIPE = "pyscape.recipe"
IMAGE_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG": "C.UTF-8",
}
"""The environment of the offline images; the Dockerfile's base image sets the same."""

SANDBOX_USER = "65534:65534"
SANDBOX_TMPFS = {"/tmp": "rw,exec,nosuid,nodev,size=256m"}
SANDBOX_TIMEOUT = 120.0
"""Seconds a self-test or version command may take (javac and clang++ included)."""
SELFTEST_INPUT = "PyScape self-test: 1 2 3\nüñïçødé ✓\n\nlast line without newline"
SELFTEST_COMMANDS = {
    "python": "python3 /opt/pyscape/selftest.py",
    "javascript": "node /opt/pyscape/selftest.js",
    "java": "javac -d /tmp /opt/pyscape/selftest.java && java -cp /tmp Main",
    "cpp": (
        "clang++ -std=c++23 -O2 -include-pch /opt/pyscape/stdc++.h.pch"
        " -o /tmp/selftest /opt/pyscape/selftest.cpp && /tmp/selftest"
    ),
}
"""Per language, how the self-test (``/opt/pyscape/selftest.<ext>``) is compiled and run."""

_ENGINE_ERRORS = (docker.errors.DockerException, requests.exceptions.RequestException)
_PREFERRED_ORDER = ("python", "javascript", "java", "cpp")
_HOST_ENV = {**IMAGE_ENV, "HOME": "/root", "DEBIAN_FRONTEND": "noninteractive"}
_RECIPE_DOCS = (".md",)
HARNESS_ROOT = Path(__file__).resolve().parent / "harness"
"""Where a recipe's ``harness`` file names its folders from."""

Log = Callable[[str], None]


class ImageInfo(msgspec.Struct, frozen=True):
    """What the Docker engine has for one language's current recipe."""

    language: str
    tag: str
    present: bool
    toolchain: str | None = None
    size_mb: float | None = None
    created: str | None = None


class _Recipe(msgspec.Struct, frozen=True):
    """One language's recipe folder, read once."""

    language: str
    path: Path
    digest: str
    packages: tuple[str, ...]
    version_command: str
    #: Folders of :data:`HARNESS_ROOT` that the image holds (at ``/opt/pyscape/harness/``).
    harness: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        return f"{REPOSITORY}/{self.language}:{RECIPE_FORMAT}-{self.digest[:10]}"

    @property
    def selftest_file(self) -> Path:
        return _single(self.path.glob("selftest.*"), f"{self.path}/selftest.<ext>")

    def labels(self, toolchain: str | None = None) -> dict[str, str]:
        labels = {LABEL_LANGUAGE: self.language, LABEL_RECIPE: self.digest}
        if toolchain is not None:
            labels[LABEL_TOOLCHAIN] = toolchain
        return labels


# --------------------------------------------------------------------------- recipes


def images_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder of recipes: ``override`` if given, else ``sandbox_images`` at the repository
    root (or, in an installed wheel, the copy under ``pyscape_judge/_data``)."""
    if override is not None:
        return Path(override).resolve()
    here = Path(__file__).resolve().parent
    repo = here.parent / "sandbox_images"
    return repo if repo.is_dir() else here / "_data" / "sandbox_images"


def discover_languages(directory: str | os.PathLike[str] | None = None) -> tuple[str, ...]:
    """The languages with a recipe (a folder holding ``packages``), python first, cpp last."""
    root = images_dir(directory)
    if not root.is_dir():
        return ()
    found = [p.name for p in root.iterdir() if (p / "packages").is_file()]

    def order(name: str) -> tuple[int, str]:
        known = name in _PREFERRED_ORDER
        return (_PREFERRED_ORDER.index(name) if known else len(_PREFERRED_ORDER), name)

    return tuple(sorted(found, key=order))


LANGUAGES: tuple[str, ...] = discover_languages()


def image_tag(language: str, *, directory: str | os.PathLike[str] | None = None) -> str:
    """``pyscape/<language>:1-<10 hex of the recipe's sha256>``."""
    return _load_recipe(language, directory).tag


def _load_recipe(language: str, directory: str | os.PathLike[str] | None) -> _Recipe:
    path = images_dir(directory) / language
    if not (path / "packages").is_file():
        known = ", ".join(discover_languages(directory)) or "none"
        raise ImageError(
            f"no sandbox image recipe for {language!r} in {path.parent} (known: {known})"
        )
    packages = tuple((path / "packages").read_text().split())
    version_command = _read_required(path / "version").strip()
    harness = _harness_folders(path)
    digest = _recipe_digest(path, harness)
    return _Recipe(language, path, digest, packages, version_command, harness)


def _harness_folders(path: Path) -> tuple[str, ...]:
    """The harness folders the recipe's ``harness`` file names (none without the file)."""
    if not (path / "harness").is_file():
        return ()
    names = tuple(_read_required(path / "harness").split())
    for name in names:
        if ".." in Path(name).parts or not (HARNESS_ROOT / name).is_dir():
            raise ImageError(f"{path / 'harness'}: {name!r} is not a folder of {HARNESS_ROOT}")
    return names


def _recipe_digest(path: Path, harness: tuple[str, ...] = ()) -> str:
    """sha256 over the sorted names and contents of the recipe's files (docs left out) and of
    the harness folders it names."""
    digest = hashlib.sha256()
    files = [
        (file.name, file)
        for file in sorted(path.iterdir())
        if file.is_file() and not file.name.startswith(".") and file.suffix not in _RECIPE_DOCS
    ]
    for name in harness:
        folder = HARNESS_ROOT / name
        files += [
            (f"harness/{name}/{file.relative_to(folder).as_posix()}", file)
            for file in sorted(folder.rglob("*"))
            if file.is_file() and "__pycache__" not in file.parts
        ]
    for name, file in files:
        data = file.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _copy_harness(recipe: _Recipe, target: Path) -> None:
    """The recipe's harness folders into ``target`` (``<target>/<name>/...``)."""
    for name in recipe.harness:
        shutil.copytree(
            HARNESS_ROOT / name,
            target / name,
            ignore=shutil.ignore_patterns("__pycache__"),
            dirs_exist_ok=True,
        )


def _read_required(path: Path) -> str:
    try:
        return path.read_text()
    except OSError as exc:
        raise ImageError(f"sandbox image recipe file {path} cannot be read: {exc}") from exc


def _single(paths: Iterable[Path], what: str) -> Path:
    found = list(paths)
    if len(found) != 1:
        raise ImageError(f"expected exactly one {what}, found {len(found)}")
    return found[0]


# --------------------------------------------------------------------------- listing


def list_images(
    client: docker.DockerClient,
    languages: Sequence[str] | None = None,
    *,
    directory: str | os.PathLike[str] | None = None,
) -> list[ImageInfo]:
    """The image of each language's current recipe, present or not."""
    return [
        _image_info(client, _load_recipe(language, directory))
        for language in _languages(languages, directory)
    ]


def _image_info(client: docker.DockerClient, recipe: _Recipe) -> ImageInfo:
    image = _get_image(client, recipe.tag)
    if image is None:
        return ImageInfo(recipe.language, recipe.tag, present=False)
    return ImageInfo(
        recipe.language,
        recipe.tag,
        present=True,
        toolchain=(image.labels or {}).get(LABEL_TOOLCHAIN),
        size_mb=round(image.attrs["Size"] / 1e6, 1),
        created=image.attrs.get("Created"),
    )


def _get_image(client: docker.DockerClient, tag: str) -> docker.models.images.Image | None:
    try:
        return client.images.get(tag)
    except docker.errors.ImageNotFound:
        return None
    except _ENGINE_ERRORS as exc:
        raise _engine_error(exc) from exc


def _languages(
    languages: Sequence[str] | None, directory: str | os.PathLike[str] | None
) -> tuple[str, ...]:
    if languages is None:
        return discover_languages(directory)
    return tuple(dict.fromkeys(languages))


def _engine_error(exc: Exception) -> ImageError:
    hint = ""
    if isinstance(exc, requests.exceptions.ConnectionError):
        hint = " Is it running? (`docker info`; on a fresh Debian machine: scripts/docker-up.sh)"
    return ImageError(f"the Docker engine failed: {exc}.{hint}")


# --------------------------------------------------------------------------- building


def _log_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build_images(
    client: docker.DockerClient,
    languages: Sequence[str] | None = None,
    *,
    offline: bool | None = None,
    force: bool = False,
    log: Log = _log_stderr,
    directory: str | os.PathLike[str] | None = None,
) -> list[str]:
    """Build the images of ``languages`` (default: all) that are missing, or all of them with
    ``force``, each followed by its self-test; return the tags built.

    ``offline=None`` builds offline (debootstrap, no registry) when ``debootstrap`` is on PATH
    and we are root, else from the Dockerfiles. The languages are built concurrently. Raises
    :class:`ImageError` naming every language that failed and what to do.
    """
    recipes = [_load_recipe(language, directory) for language in _languages(languages, directory)]
    todo = [r for r in recipes if force or _get_image(client, r.tag) is None]
    if not todo:
        log("sandbox images: all present")
        return []
    use_offline = _offline_default() if offline is None else offline
    if use_offline:
        _check_offline_tools()
    builder = _build_offline if use_offline else _build_dockerfile
    how = "offline (debootstrap)" if use_offline else "from the Dockerfiles"
    log(f"sandbox images: building {', '.join(r.tag for r in todo)} {how}")

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(todo), thread_name_prefix="pyscape-image") as pool:
        futures = [pool.submit(_build_and_test, client, r, builder, log) for r in todo]
    failures = [str(exc) for f in futures if (exc := f.exception()) is not None]
    if failures:
        raise ImageError("sandbox image build failed:\n" + "\n".join(failures))
    log(f"sandbox images: built {len(todo)} in {time.monotonic() - started:.1f} s")
    return [r.tag for r in todo]


def _build_and_test(
    client: docker.DockerClient, recipe: _Recipe, builder: Callable[..., None], log: Log
) -> None:
    started = time.monotonic()
    try:
        previous = _get_image(client, recipe.tag)
        builder(client, recipe, log)
        with _timed(log, recipe.language, "self-test"):
            _selftest_or_remove(client, recipe)
        if previous is not None:
            _remove_replaced(client, previous)
    except ImageError:
        raise
    except _ENGINE_ERRORS as exc:
        raise _engine_error(exc) from exc
    except Exception as exc:  # keep one language's crash from hiding the others' results
        raise ImageError(f"{recipe.language}: unexpected error: {exc!r}") from exc
    log(f"{recipe.language}: built {recipe.tag} in {time.monotonic() - started:.1f} s")


def _remove_replaced(client: docker.DockerClient, previous: docker.models.images.Image) -> None:
    """Remove the image a forced rebuild replaced, unless something still uses it."""
    with contextlib.suppress(docker.errors.APIError):
        if not client.images.get(previous.id).tags:
            client.images.remove(previous.id)


def _selftest_or_remove(client: docker.DockerClient, recipe: _Recipe) -> None:
    """Self-test a new image; a failing one is removed, so that it is built again next time."""
    try:
        selftest(client, recipe.language, tag=recipe.tag)
    except ImageError as exc:
        client.images.remove(recipe.tag, force=True)
        raise ImageError(f"{exc} (the image was removed)") from exc


@contextlib.contextmanager
def _timed(log: Log, language: str, step: str) -> Iterator[None]:
    started = time.monotonic()
    yield
    log(f"{language}: {step} {time.monotonic() - started:.1f} s")


def _offline_default() -> bool:
    return shutil.which("debootstrap") is not None and os.geteuid() == 0


def _check_offline_tools() -> None:
    if os.geteuid() != 0:
        raise ImageError(
            "the offline image build needs root (debootstrap, chroot, mount): run it as root, or "
            "build from the Dockerfiles with a registry (offline=False)"
        )
    missing = [
        tool for tool in ("debootstrap", "chroot", "mount", "tar") if shutil.which(tool) is None
    ]
    if missing:
        raise ImageError(
            f"{', '.join(missing)} not found: install it with `apt-get install debootstrap "
            "coreutils mount tar`, or build from the Dockerfiles with a registry (offline=False)"
        )


# ----------------------------------------------------------- offline build (debootstrap)


def _build_offline(client: docker.DockerClient, recipe: _Recipe, log: Log) -> None:
    """debootstrap + setup.sh by chroot + docker import, in a temporary root removed after."""
    cache = CACHE_ROOT / recipe.language
    logfile = CACHE_ROOT / "logs" / f"{recipe.language}.log"
    cache.mkdir(parents=True, exist_ok=True)
    logfile.parent.mkdir(parents=True, exist_ok=True)
    with _locked(cache):
        logfile.write_text(f"# build of {recipe.tag}\n")
        workdir = Path(tempfile.mkdtemp(prefix=f"pyscape-{recipe.language}-", dir=WORK_ROOT))
        try:
            _make_root_and_import(client, recipe, workdir / "root", cache, logfile, log)
        finally:
            _remove_tree(workdir)


def _make_root_and_import(
    client: docker.DockerClient, recipe: _Recipe, root: Path, cache: Path, logfile: Path, log: Log
) -> None:
    lang = recipe.language
    with _timed(log, lang, "debootstrap"):
        _debootstrap(recipe, root, cache, logfile)
    _install_recipe_files(recipe, root)
    chroot = ["chroot", str(root), "/bin/sh"]
    with _timed(log, lang, "setup.sh"), _proc_mounted(root):
        _run([*chroot, "/setup.sh"], logfile, f"{lang}: setup.sh")
        version = [*chroot, "-c", recipe.version_command]
        toolchain = _run(version, logfile, f"{lang}: version command", capture=True)
    _scrub_root(root)
    with _timed(log, lang, "docker import"):
        _import_root(client, root, recipe, _one_line(toolchain, recipe))


@contextlib.contextmanager
def _locked(cache: Path) -> Iterator[None]:
    """One offline build of a language at a time on this machine (they share its cache)."""
    with open(cache.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _debootstrap(recipe: _Recipe, root: Path, cache: Path, logfile: Path) -> None:
    """A minbase trixie root with the recipe's packages (and their dependencies, no
    recommends). It is made in debootstrap's two stages so that dpkg can be told, in between,
    to skip its fsyncs for the second (a fifth faster; nothing survives a crash here anyway)."""
    first_stage = [
        "debootstrap",
        "--foreign",
        "--variant=minbase",
        f"--include={','.join(recipe.packages)}",
        f"--cache-dir={cache}",
        SUITE,
        str(root),
        MIRROR,
    ]
    _run(first_stage, logfile, f"{recipe.language}: debootstrap (first stage)")
    unsafe_io = root / "etc" / "dpkg" / "dpkg.cfg.d" / "pyscape-unsafe-io"
    unsafe_io.parent.mkdir(parents=True, exist_ok=True)
    unsafe_io.write_text("force-unsafe-io\n")
    try:
        second_stage = ["chroot", str(root), "/debootstrap/debootstrap", "--second-stage"]
        _run(second_stage, logfile, f"{recipe.language}: debootstrap (second stage)")
    finally:
        unsafe_io.unlink(missing_ok=True)


def _install_recipe_files(recipe: _Recipe, root: Path) -> None:
    """setup.sh at /setup.sh, the self-test and the harness folders at /opt/pyscape/ (as the
    Dockerfile's COPY does)."""
    shutil.copy(recipe.path / "setup.sh", root / "setup.sh")
    (root / "opt" / "pyscape").mkdir(parents=True, exist_ok=True)
    shutil.copy(recipe.selftest_file, root / "opt" / "pyscape" / recipe.selftest_file.name)
    _copy_harness(recipe, root / "opt" / "pyscape" / "harness")


def _scrub_root(root: Path) -> None:
    """Remove setup.sh, the host's files that debootstrap copied in (Docker provides its own)
    and what the version command left in /tmp (the JVM's hsperfdata)."""
    for name in ("setup.sh", "etc/resolv.conf", "etc/hostname"):
        (root / name).unlink(missing_ok=True)
    for entry in (root / "tmp").iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _one_line(toolchain: str, recipe: _Recipe) -> str:
    line = toolchain.strip()
    if not line or "\n" in line:
        raise ImageError(
            f"{recipe.language}: the command in {recipe.path / 'version'} must print one line, "
            f"it printed {toolchain!r}"
        )
    return line


@contextlib.contextmanager
def _proc_mounted(root: Path) -> Iterator[None]:
    """/proc mounted in the chroot (JVM, clang and maintainer scripts read it), always unmounted."""
    proc = root / "proc"
    proc.mkdir(exist_ok=True)
    subprocess.run(["mount", "-t", "proc", "proc", str(proc)], check=True)
    try:
        yield
    finally:
        if subprocess.run(["umount", str(proc)], check=False).returncode != 0:
            subprocess.run(["umount", "--lazy", str(proc)], check=False)


def _run(command: list[str], logfile: Path, what: str, *, capture: bool = False) -> str:
    """Run ``command`` with its output appended to ``logfile``; stdout returned if ``capture``."""
    with logfile.open("ab") as log:
        log.write(f"$ {shlex.join(command)}\n".encode())
        log.flush()
        result = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE if capture else log,
            stderr=log,
            env=_HOST_ENV,
            check=False,
        )
    if result.returncode != 0:
        raise ImageError(
            f"{what} failed (exit {result.returncode}); the end of its log {logfile}:\n"
            f"{_tail(logfile)}"
        )
    return result.stdout.decode(errors="replace") if capture else ""


def _tail(path: Path, lines: int = 15) -> str:
    text = path.read_text(errors="replace").splitlines()[-lines:]
    return "\n".join(f"    {line}" for line in text)


def _import_root(client: docker.DockerClient, root: Path, recipe: _Recipe, toolchain: str) -> None:
    """``tar -C root -c . | docker import`` with the labels and environment as changes."""
    changes = [f"ENV {key}={value}" for key, value in IMAGE_ENV.items()]
    changes += _label_instructions(recipe.labels(toolchain))
    tar = subprocess.Popen(
        [
            "tar",
            "-C",
            str(root),
            "--numeric-owner",
            "--exclude=./dev/*",
            "--exclude=./proc/*",
            "--exclude=./sys/*",
            "-cf",
            "-",
            ".",
        ],
        stdout=subprocess.PIPE,
    )
    assert tar.stdout is not None
    try:
        repository, tag = recipe.tag.split(":")
        chunks = iter(lambda: tar.stdout.read(1 << 20), b"")
        response = client.api.import_image_from_stream(chunks, repository, tag=tag, changes=changes)
    finally:
        tar.stdout.close()
        tar_status = tar.wait()
    if tar_status != 0:
        raise ImageError(f"{recipe.language}: tar of the new root failed (exit {tar_status})")
    _check_import_response(recipe, response)


def _check_import_response(recipe: _Recipe, response: str) -> None:
    for line in response.splitlines():
        message = json.loads(line) if line.strip() else {}
        if "error" in message:
            raise ImageError(f"{recipe.language}: docker import failed: {message['error']}")


def _label_instructions(labels: dict[str, str]) -> list[str]:
    """Dockerfile LABEL lines; json.dumps quotes and escapes as Dockerfile strings want."""
    return [f"LABEL {key}={json.dumps(value)}" for key, value in labels.items()]


def _remove_tree(path: Path) -> None:
    """rmtree, but never through a mount point left inside (it would delete the host's files)."""
    mounted = _mounts_under(path)
    for mount in sorted(mounted, reverse=True):
        subprocess.run(["umount", "--lazy", mount], check=False)
    if _mounts_under(path):
        raise ImageError(f"{path} still has mounts {mounted}: unmount them, then remove it")
    shutil.rmtree(path, ignore_errors=True)


def _mounts_under(path: Path) -> list[str]:
    prefix = f"{path}/"
    with open("/proc/self/mounts") as mounts:
        points = [line.split()[1].replace("\\040", " ") for line in mounts]
    return [point for point in points if point.startswith(prefix)]


# ----------------------------------------------------------------- Dockerfile build


def _build_dockerfile(client: docker.DockerClient, recipe: _Recipe, log: Log) -> None:
    """``docker build`` of the recipe folder (its harness folders under ``harness.d/``), then
    the toolchain label from its version command."""
    with _timed(log, recipe.language, "docker build"), tempfile.TemporaryDirectory() as context:
        shutil.copytree(recipe.path, context, dirs_exist_ok=True)
        (Path(context) / "harness.d").mkdir()
        _copy_harness(recipe, Path(context) / "harness.d")
        _docker_build(client, recipe, path=context, labels=recipe.labels())
    toolchain = _one_line(_run_sandboxed(client, recipe.tag, recipe.version_command), recipe)
    label = _label_instructions({LABEL_TOOLCHAIN: toolchain})
    dockerfile = "\n".join([f"FROM {recipe.tag}", *label])
    _docker_build(client, recipe, fileobj=BytesIO(dockerfile.encode()))


def _docker_build(client: docker.DockerClient, recipe: _Recipe, **options: object) -> None:
    try:
        client.images.build(tag=recipe.tag, rm=True, forcerm=True, **options)
    except docker.errors.BuildError as exc:
        lines = [
            line for item in exc.build_log for line in str(item.get("stream", "")).splitlines()
        ]
        raise ImageError(
            f"{recipe.language}: docker build of {recipe.path / 'Dockerfile'} failed: {exc.msg}\n"
            + "\n".join(f"    {line}" for line in lines[-15:])
            + "\n(A Dockerfile build needs debian:trixie-slim from a registry; without one, build "
            "offline, as root with debootstrap: offline=True.)"
        ) from exc


# ----------------------------------------------------------------------- self-test


def selftest(
    client: docker.DockerClient,
    language: str,
    *,
    tag: str | None = None,
    runtime: str | None = None,
    directory: str | os.PathLike[str] | None = None,
) -> None:
    """Compile (for java and cpp) and run the image's self-test in a sandboxed container, and
    check that it copies its input to its output; raise :class:`ImageError` if not."""
    image = tag or image_tag(language, directory=directory)
    command = SELFTEST_COMMANDS.get(language)
    if command is None:
        raise ImageError(f"no self-test command for {language!r} in images.SELFTEST_COMMANDS")
    output = _run_sandboxed(
        client,
        image,
        f'printf %s "$PYSCAPE_INPUT" | ({command})',
        runtime=runtime,
        environment={"PYSCAPE_INPUT": SELFTEST_INPUT},
    )
    if output != SELFTEST_INPUT:
        raise ImageError(
            f"{language}: the self-test of {image} printed {output!r} instead of "
            f"{SELFTEST_INPUT!r}: the image is broken; check its recipe and `{command}`"
        )


def _run_sandboxed(
    client: docker.DockerClient,
    image: str,
    script: str,
    *,
    runtime: str | None = None,
    environment: dict[str, str] | None = None,
    timeout: float = SANDBOX_TIMEOUT,
) -> str:
    """stdout of ``sh -c script`` in a container locked down as the judge's; removed after.

    The output is read once the container has exited: ``containers.run`` without ``detach``
    follows the logs and can lose a last line that has no newline.
    """
    try:
        container = client.containers.run(
            image,
            ["/bin/sh", "-c", script],
            detach=True,
            user=SANDBOX_USER,
            network_mode="none",
            read_only=True,
            tmpfs=SANDBOX_TMPFS,
            working_dir="/tmp",
            environment={"HOME": "/tmp", **(environment or {})},
            runtime=runtime,
        )
    except docker.errors.ImageNotFound as exc:
        raise ImageError(f"{image} is not built: build it with build_images()") from exc
    try:
        status = container.wait(timeout=timeout)["StatusCode"]
        stdout = container.logs(stdout=True, stderr=False).decode(errors="replace")
        if status != 0:
            stderr = container.logs(stdout=False, stderr=True).decode(errors="replace").strip()
            raise ImageError(f"{image}: `{script}` failed (exit {status}):\n{stderr}")
        return stdout
    except requests.exceptions.RequestException as exc:  # the wait's timeout comes as one
        raise ImageError(
            f"{image}: `{script}` did not finish in {timeout:.0f} s, or the engine failed: {exc}"
        ) from exc
    finally:
        container.remove(force=True)
