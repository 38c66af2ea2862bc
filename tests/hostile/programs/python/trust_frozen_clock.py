# Freezes every clock of the process, in the time module and wherever a module (the harness's
# included) imported one by name, and resource.getrusage; then works 1.6 s of CPU per test on
# a 1 s limit, measured by a clock of its own. The harness reports 0 ms; the host reads the
# CPU time of the sandbox's cgroup: timeout.
import resource
import sys
import time

CLOCKS = ("perf_counter", "monotonic", "time", "process_time", "thread_time")
cpu_seconds = time.process_time


def freeze_clocks():
    frozen = {name: getattr(time, name) for name in CLOCKS}
    for module in list(sys.modules.values()):
        for name, clock in frozen.items():
            if getattr(module, name, None) is clock:
                setattr(module, name, lambda: 0.0)
            if getattr(module, name + "_ns", None) is getattr(time, name + "_ns"):
                setattr(module, name + "_ns", lambda: 0)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    resource.getrusage = lambda who: usage


freeze_clocks()


class Solution:
    def add(self, a: int, b: int) -> int:
        end = cpu_seconds() + 1.6
        while cpu_seconds() < end:
            pass
        return a + b
