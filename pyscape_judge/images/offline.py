"""The offline build (root and ``debootstrap``, no registry): debootstrap a minimal trixie root
with the recipe's packages, run its ``setup.sh`` in it by chroot and ``docker import`` it."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docker

from pyscape_judge.errors import ImageError
from pyscape_judge.images.npm import NODE_MODULES_DIR, install_packages
from pyscape_judge.images.progress import Log, _timed
from pyscape_judge.images.recipes import (
    _copy_harness,
    _label_instructions,
    _one_line,
    _Recipe,
)

SUITE = "trixie"
MIRROR = "http://deb.debian.org/debian"
CACHE_ROOT = Path("/var/cache/pyscape-debootstrap")
"""Per-language debootstrap caches of .deb files (``<language>/``) and build logs (``logs/``)."""
WORK_ROOT = Path("/var/tmp")
"""Where the offline build makes its temporary roots (on disk, not in a tmpfs /tmp)."""
IMAGE_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG": "C.UTF-8",
}
"""The environment of the offline images; the Dockerfile's base image sets the same."""

_HOST_ENV = {**IMAGE_ENV, "HOME": "/root", "DEBIAN_FRONTEND": "noninteractive"}


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
    """setup.sh at /setup.sh, the self-test and the harness folders at /opt/pyscape/, the npm
    packages at /opt/pyscape/node_modules (as the Dockerfile's COPY does)."""
    shutil.copy(recipe.path / "setup.sh", root / "setup.sh")
    (root / "opt" / "pyscape").mkdir(parents=True, exist_ok=True)
    shutil.copy(recipe.selftest_file, root / "opt" / "pyscape" / recipe.selftest_file.name)
    _copy_harness(recipe, root / "opt" / "pyscape" / "harness")
    if recipe.npm:
        install_packages(recipe.npm, root / NODE_MODULES_DIR.lstrip("/"))


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
