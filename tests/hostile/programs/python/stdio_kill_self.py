# A program that ends itself with SIGKILL, the signal of the OOM killer: the harness reports a
# killed child as out of memory, and the host, whose cgroup counted no OOM kill, says it was not.
import os
import signal

os.kill(os.getpid(), signal.SIGKILL)
