# Works 4 s of CPU at import time, in module-level code, before the harness has sent a single
# record about the code: loading has a CPU budget of its own (the time limit): timeout.
import time

end = time.process_time() + 4
while time.process_time() < end:
    pass


class Solution:
    def add(self, a: int, b: int) -> int:
        return a + b
