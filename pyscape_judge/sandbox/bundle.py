"""The OCI runtime configuration of one sandbox: every isolation and every limit, stated.

What Docker gives a ``docker run --network none --read-only --cap-drop ALL --security-opt
no-new-privileges --init --user 65534`` container, written out for runc and runsc, and a little
stricter: a seccomp filter without io_uring and ptrace and with only the native architecture
(``seccomp.json``), no ``/dev/pts``, ``/dev/mqueue`` or cgroup filesystem in the sandbox, and
no ``/etc/hosts`` or ``resolv.conf`` (there is no network to name).
"""

from __future__ import annotations

import functools
import json
import platform
from pathlib import Path
from typing import Any

from pyscape_judge.sandbox.base import RunSpec
from pyscape_judge.sandbox.oci_cgroup import CgroupLimits
from pyscape_judge.sandbox.rootfs import INIT, Rootfs

#: Who runs inside: nobody:nogroup, as in the Docker backend.
SANDBOX_UID = SANDBOX_GID = 65534
#: The CPU quota's period (the quota is ``cpus`` of it).
CPU_PERIOD_US = 100_000
#: /dev/shm: POSIX semaphores work (Python's multiprocessing locks), nothing bigger fits.
SHM_BYTES = 1024 * 1024
#: Higher than the judge's (0): under host memory pressure, sandboxes die first.
OOM_SCORE_ADJ = 500
#: gVisor's kernel runs on host threads that count against the pids limit (as in docker.py).
RUNSC_THREADS = 192

#: Docker's masked paths: an empty file or directory is mounted over each.
MASKED_PATHS = (
    "/proc/asound",
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/devices/virtual/powercap",
)
#: Docker's read-only paths.
READONLY_PATHS = ("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger")

#: The character devices a sandbox may use: null, zero, full, random, urandom, tty (as Docker).
DEVICES = ((1, 3), (1, 5), (1, 7), (1, 8), (1, 9), (5, 0))

#: Every capability set, each empty.
CAPABILITY_SETS = ("bounding", "effective", "inheritable", "permitted", "ambient")

#: The seccomp architectures of the host's own instruction set: no compat ABIs.
SECCOMP_ARCHES = {
    "x86_64": ["SCMP_ARCH_X86_64"],
    "aarch64": ["SCMP_ARCH_AARCH64"],
}
SECCOMP_FILE = Path(__file__).with_name("seccomp.json")


@functools.cache
def seccomp() -> dict[str, Any]:
    """The OCI ``linux.seccomp`` object of every sandbox (``seccomp.json`` + architectures)."""
    profile = json.loads(SECCOMP_FILE.read_text())
    profile.pop("about", None)
    machine = platform.machine()
    if machine not in SECCOMP_ARCHES:
        raise RuntimeError(f"no seccomp architecture known for {machine}")
    profile["architectures"] = SECCOMP_ARCHES[machine]
    return profile


def config(
    spec: RunSpec,
    rootfs: Rootfs,
    *,
    cgroup: str,
    hostname: str = "sandbox",
) -> dict[str, Any]:
    """The ``config.json`` of a sandbox running ``spec`` on ``rootfs`` in cgroup ``cgroup``.

    ``cgroup`` is the runtime's cgroup path, inside the cgroup the backend made with
    :func:`cgroup_limits`: the limits are there, where they outlive the runtime's cgroup, so
    that the backend reads the sandbox's usage and OOM kills after it ended too.
    """
    env = _environment(rootfs.env, spec.env)
    return {
        "ociVersion": "1.0.2",
        "hostname": hostname,
        "root": {"path": rootfs.path, "readonly": True},
        "process": {
            "terminal": False,
            "user": {"uid": SANDBOX_UID, "gid": SANDBOX_GID, "additionalGids": []},
            "args": [INIT, "--", *spec.command],
            "env": env,
            "cwd": "/tmp",
            "capabilities": {kind: [] for kind in CAPABILITY_SETS},
            "rlimits": _rlimits(spec),
            "noNewPrivileges": True,
            "oomScoreAdj": OOM_SCORE_ADJ,
        },
        "mounts": _mounts(spec),
        "linux": {
            "namespaces": [
                {"type": kind} for kind in ("pid", "network", "ipc", "uts", "mount", "cgroup")
            ],
            "cgroupsPath": cgroup,
            "resources": {
                "devices": [
                    {"allow": False, "access": "rwm"},
                    *(
                        {"allow": True, "type": "c", "major": m, "minor": n, "access": "rwm"}
                        for m, n in DEVICES
                    ),
                ],
            },
            "seccomp": seccomp(),
            "maskedPaths": list(MASKED_PATHS),
            "readonlyPaths": list(READONLY_PATHS),
        },
    }


def cgroup_limits(spec: RunSpec, runtime: str = "runc") -> CgroupLimits:
    """The cgroup limits of a sandbox: memory = memory + swap (no swap), pids, CPU quota."""
    lim = spec.limits
    return CgroupLimits(
        memory_bytes=lim.memory_mb * 1024 * 1024,
        pids=lim.pids + (RUNSC_THREADS if runtime == "runsc" else 0),
        cpu_quota_us=int(lim.cpus * CPU_PERIOD_US),
        cpu_period_us=CPU_PERIOD_US,
    )


def _environment(image_env: tuple[str, ...], extra: dict[str, str]) -> list[str]:
    env = dict(item.split("=", 1) for item in image_env if "=" in item)
    env.setdefault("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
    env.update({"HOME": "/tmp", "LANG": "C.UTF-8", **extra})
    return [f"{key}={value}" for key, value in env.items()]


def _rlimits(spec: RunSpec) -> list[dict[str, Any]]:
    lim = spec.limits
    limits = {
        "RLIMIT_FSIZE": lim.file_size_kb * 1024,
        "RLIMIT_STACK": lim.stack_mb * 1024 * 1024,
        "RLIMIT_NOFILE": lim.nofile,
        "RLIMIT_CORE": 0,
    }
    return [{"type": kind, "soft": value, "hard": value} for kind, value in limits.items()]


def _mounts(spec: RunSpec) -> list[dict[str, Any]]:
    hidden = ["nosuid", "noexec", "nodev"]
    return [
        {"destination": "/proc", "type": "proc", "source": "proc", "options": hidden},
        {
            "destination": "/dev",
            "type": "tmpfs",
            "source": "tmpfs",
            "options": ["nosuid", "strictatime", "mode=755", "size=65536k"],
        },
        {
            "destination": "/dev/shm",
            "type": "tmpfs",
            "source": "shm",
            "options": [*hidden, "mode=1777", f"size={SHM_BYTES}"],
        },
        {"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": [*hidden, "ro"]},
        {
            "destination": "/tmp",
            "type": "tmpfs",
            "source": "tmpfs",
            "options": [
                "nosuid",
                "nodev",
                "exec",
                "mode=1777",
                f"size={spec.limits.tmpfs_mb}m",
            ],
        },
    ]
