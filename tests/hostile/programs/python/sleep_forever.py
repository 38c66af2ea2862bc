# Sleeps forever: no CPU used, only the host's wall-clock deadline ends it.
import time


class Solution:
    def add(self, a: int, b: int) -> int:
        time.sleep(10**6)
        return a + b
