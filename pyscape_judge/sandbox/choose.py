"""Which sandbox backend a judge uses: a setting, ``auto`` by default (the fastest that works).

``oci`` drives the OCI runtime itself (runc or runsc): about four times the sandboxes per CPU
second of ``docker``, but it needs root, the runtime and writable cgroups on the host that
runs the sandboxes, and a Docker engine on that same host to unpack the images from (once per
image). ``docker`` goes through the engine, which may be remote, as any user allowed to.
"""

from __future__ import annotations

import os
import shutil

from pyscape_judge.errors import SandboxError
from pyscape_judge.sandbox.base import Backend

#: The settings ``make_backend`` accepts.
BACKENDS = ("auto", "oci", "docker")


def oci_problem(runtime: str = "runc") -> str | None:
    """Why the OCI backend cannot run here, or ``None`` when it can."""
    from pyscape_judge.sandbox.oci_cgroup import hierarchies

    if os.geteuid() != 0:
        return "the judge is not root"
    if shutil.which(runtime) is None:
        return f"`{runtime}` is not installed"
    roots = hierarchies()
    cgroups = roots.get("memory", roots.get(""))
    if cgroups is None or not os.access(cgroups, os.W_OK):
        return "the cgroup filesystem is not writable"
    host = os.environ.get("DOCKER_HOST", "")
    if host and not host.startswith("unix://"):
        return f"the Docker engine is remote ({host}): its images are not on this host"
    return None


def make_backend(name: str = "auto", *, runtime: str = "runc") -> tuple[Backend, str]:
    """The backend called ``name`` under ``runtime`` (``runc`` or ``runsc``), and why it.

    ``auto`` is ``oci`` when :func:`oci_problem` finds nothing in its way, else ``docker``.
    The reason is one line for the start-up log.
    """
    if name not in BACKENDS:
        raise SandboxError(f"unknown sandbox backend {name!r}: use one of {', '.join(BACKENDS)}")
    if name == "auto":
        problem = oci_problem(runtime)
        name = "docker" if problem else "oci"
        reason = (
            f"auto: docker, since the OCI backend cannot run here ({problem})"
            if problem
            else f"auto: oci ({runtime} straight from the judge: root, {runtime} and cgroups here)"
        )
    else:
        reason = f"{name}, as set"
    if name == "oci":
        from pyscape_judge.sandbox.oci import OciBackend

        return OciBackend(runtime=runtime), reason
    from pyscape_judge.sandbox.docker import DockerBackend

    return DockerBackend(runtime=runtime), reason
