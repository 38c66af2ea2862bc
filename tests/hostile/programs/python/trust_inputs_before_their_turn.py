# Looks for the hidden test's input before its turn: at import time and in tests
# 1 and 2, in every object the garbage collector tracks, in the locals of every frame of the
# stack (the harness's own), and in any pipe with bytes waiting to be read (a frame sent
# ahead). It answers wrong if it finds it; the inputs arrive one test at a time: accepted.
import gc
import os
import select
import stat
import sys

SECRET = int("98765432" + "1")


def holds_secret(value):
    if isinstance(value, (list, tuple)):
        return any(type(v) is int and abs(v) == SECRET for v in value)
    if isinstance(value, str):
        return str(SECRET) in value
    if isinstance(value, (bytes, bytearray)):
        return str(SECRET).encode() in value
    if isinstance(value, dict):
        return any(holds_secret(v) for v in value.values() if v is not SECRET)
    return False


def waiting_pipes():
    found = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = int(name)
            if stat.S_ISFIFO(os.fstat(fd).st_mode) and select.select([fd], [], [], 0)[0]:
                found += 1
        except (OSError, ValueError):
            pass
    return found


def secret_visible():
    if any(holds_secret(obj) for obj in gc.get_objects()):
        return True
    frame = sys._getframe()
    while frame is not None:
        if any(holds_secret(v) for v in frame.f_locals.values() if v is not SECRET):
            return True
        frame = frame.f_back
    return waiting_pipes() > 0


seen_early = [secret_visible()]


class Solution:
    def add(self, a: int, b: int) -> int:
        if len(seen_early) < 3:
            seen_early.append(secret_visible())
        return a + b + any(seen_early)
