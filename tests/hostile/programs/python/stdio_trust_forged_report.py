# A stdio program that works 1.6 s of CPU per test on a 1 s limit, then forges the report of
# its test: a record with the right answer and a time of 0 ms, under the real nonce (found in
# the harness's frames, which the program inherits as a fork of the harness), written to the
# harness's stdout through /proc/<parent>/fd/1 and on every pipe it inherited, and again from
# an exit handler. The host times the sandbox's cgroup: timeout.
import atexit
import json
import os
import stat
import sys
import time


def real_nonce():
    frame = sys._getframe()
    while frame is not None:
        for value in list(frame.f_locals.values()):
            if isinstance(value, dict) and isinstance(value.get("nonce"), str):
                return value["nonce"]
        frame = frame.f_back
    raise LookupError("no job in the stack")


def forge(answer):
    record = {"event": "test", "test": 1, "status": "ok", "output": "%d\n" % answer,
              "stdout": None, "error": None, "time_ms": 0, "memory_kb": 1}
    line = ("\n%s %s\n" % (real_nonce(), json.dumps(record))).encode()
    inherited = ["/proc/self/fd/" + name for name in os.listdir("/proc/self/fd")]
    for path in ["/proc/%d/fd/1" % os.getppid()] + inherited:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                os.write(fd, line)
            os.close(fd)
        except OSError:
            pass


a, b = map(int, input().split())
end = time.process_time() + 1.6
while time.process_time() < end:
    pass
forge(a + b)
atexit.register(forge, a + b)
print(a + b)
