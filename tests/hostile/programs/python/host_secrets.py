# Looks for the host's secrets: the judge process's environment (a canary the test puts there),
# /proc of other processes (the host's, the engine's), and the Docker socket. Returns how many
# it reached (must be 0).
import glob
import os
import socket


def readable(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


def connects(path: str) -> int:
    try:
        socket.socket(socket.AF_UNIX).connect(path)
    except OSError:
        return 0
    return 1


class Solution:
    def add(self, a: int, b: int) -> int:
        found = int("PYSCAPE_HOSTILE_CANARY" in os.environ)
        for proc in glob.glob("/proc/[0-9]*"):
            seen = readable(proc + "/environ") + readable(proc + "/cmdline")
            found += "PYSCAPE_HOSTILE_CANARY" in seen
            found += any(word in seen for word in ("pytest", "dockerd", "containerd", "systemd"))
        for sock in ("/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"):
            found += os.path.exists(sock) + connects(sock)
        return found
