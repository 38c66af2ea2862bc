"""The sandbox images: one Docker image per language, built from ``sandbox_images/<language>/``.

A recipe folder holds ``packages`` (Debian trixie packages, one a line), ``setup.sh`` (a POSIX
sh script run inside the new root once they are installed), ``Dockerfile`` (the same recipe
for a machine with a registry), ``version`` (a shell command printing the toolchain version)
and ``selftest.<ext>`` (a program copying stdin to stdout); optionally ``harness``, folders of
``pyscape_judge/harness`` (one a line) installed at ``/opt/pyscape/harness/`` for ``setup.sh``
to build ahead of need (the Java runner's classes), ``npm`` (npm packages pinned with their
integrity, see :mod:`.npm`) and ``environment.md`` (what a submission finds, for people). The
tag of an image carries a hash of its recipe and of those harness files, so a changed recipe
or harness gets a new tag and is built again.

Two ways to build an image:

* offline (root and ``debootstrap``, no registry): debootstrap a minimal trixie root with the
  packages, run ``setup.sh`` in it by chroot and ``docker import`` it;
* Dockerfile: ``docker build`` of the recipe folder (with its harness folders under
  ``harness.d/``), which pulls ``debian:trixie-slim``.

Every image built is then checked by its self-test, in a container sandboxed as the judge's.

The modules, one job each: :mod:`.recipes` (recipe folders, their digest and tag),
:mod:`.listing` (what the engine holds), :mod:`.build` (what to build, concurrently),
:mod:`.offline` and :mod:`.dockerfile` (the two builds), :mod:`.sandboxed` (the self-test and
other sandboxed commands), :mod:`.progress` (the build's log). The names below are the
API; to change a setting (a test patching ``recipes.HARNESS_ROOT``), patch the module that reads it.
"""

from pyscape_judge.errors import ImageError
from pyscape_judge.images.build import build_images
from pyscape_judge.images.listing import ImageInfo, list_images
from pyscape_judge.images.recipes import (
    LANGUAGES,
    discover_languages,
    environment,
    image_tag,
    images_dir,
)
from pyscape_judge.images.sandboxed import selftest, selftest_command

__all__ = [
    "LANGUAGES",
    "ImageError",
    "ImageInfo",
    "build_images",
    "discover_languages",
    "environment",
    "image_tag",
    "images_dir",
    "list_images",
    "selftest",
    "selftest_command",
]
