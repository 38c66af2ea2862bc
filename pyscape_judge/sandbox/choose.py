"""Which sandbox backend and runtime a judge uses: settings, ``auto`` by default (the fastest
that works here).

``oci`` drives the OCI runtime itself: about four times the sandboxes per CPU second of
``docker``, but it needs root, the runtime and writable cgroups on the host that runs the
sandboxes, and a Docker engine on that same host to unpack the images from (once per image).
``docker`` goes through the engine, which may be remote, as any user allowed to.

The runtime is the isolation: ``runc`` and ``crun`` both isolate with the host kernel's
namespaces, cgroups and seccomp, from the same bundle (crun is written in C and costs a
sandbox a third of runc's CPU); ``runsc`` is gVisor, a kernel of its own. ``auto`` is the
host kernel's isolation by the fastest runtime that works: crun, else runc (the engine's
default runtime through Docker).
"""

from __future__ import annotations

import os
import shutil

from pyscape_judge.errors import SandboxError
from pyscape_judge.sandbox.base import Backend

#: The settings ``make_backend`` accepts.
BACKENDS = ("auto", "oci", "docker")
#: The runtimes it accepts.
RUNTIMES = ("auto", "runc", "crun", "runsc")
#: The runtimes of the host kernel's isolation, the fastest first: what ``auto`` picks from.
NATIVE_RUNTIMES = ("crun", "runc")


def oci_problem(runtime: str = "runc") -> str | None:
    """Why the OCI backend cannot run here under ``runtime``, or ``None`` when it can."""
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
    if runtime == "crun" and (held := v2_controllers_on_hybrid_host()):
        return (
            "crun refuses a hybrid cgroup host whose v2 hierarchy holds controllers "
            f"({', '.join(held)}): mount them as v1 hierarchies (scripts/oci-up.sh does)"
        )
    return None


def v2_controllers_on_hybrid_host() -> list[str]:
    """The controllers of the v2 hierarchy where v1 hierarchies hold the others (hybrid)."""
    from pyscape_judge.sandbox.oci_cgroup import hierarchies, is_v1

    unified = hierarchies().get("")
    if not is_v1() or unified is None:
        return []
    try:
        return (unified / "cgroup.controllers").read_text().split()
    except OSError:
        return []


def make_backend(name: str = "auto", *, runtime: str = "auto") -> tuple[Backend, str]:
    """The backend called ``name`` under ``runtime`` (see :data:`RUNTIMES`), and why it.

    ``auto`` is ``oci`` when :func:`oci_problem` finds nothing in its way for the runtime,
    else ``docker``. The reason is one line for the start-up log.
    """
    if name not in BACKENDS:
        raise SandboxError(f"unknown sandbox backend {name!r}: use one of {', '.join(BACKENDS)}")
    if runtime not in RUNTIMES:
        raise SandboxError(f"unknown runtime {runtime!r}: use one of {', '.join(RUNTIMES)}")
    engine_runtime = "runc" if runtime == "auto" else runtime
    if name == "docker":
        from pyscape_judge.sandbox.docker import DockerBackend

        return DockerBackend(runtime=engine_runtime), f"docker with {engine_runtime}, as set"
    candidates = NATIVE_RUNTIMES if runtime == "auto" else (runtime,)
    problems = {r: oci_problem(r) for r in candidates}
    usable = [r for r in candidates if problems[r] is None]
    if not usable and name == "auto":
        from pyscape_judge.sandbox.docker import DockerBackend

        why = problems[candidates[-1]]
        return DockerBackend(runtime=engine_runtime), (
            f"auto: docker with {engine_runtime}, since the OCI backend cannot run here ({why})"
        )
    from pyscape_judge.sandbox.oci import OciBackend

    chosen = usable[0] if usable else candidates[-1]  # as set: its own error tells what fails
    passed = [f"not {r}: {problems[r]}" for r in candidates[: candidates.index(chosen)]]
    if name == "oci":
        reason = f"oci (as set) with {chosen}"
    else:
        reason = f"auto: oci with {chosen} (root, {chosen} and cgroups here)"
    return OciBackend(runtime=chosen), "; ".join([reason, *passed])
