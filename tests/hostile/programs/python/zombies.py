# Leaves zombie processes behind: children that exit at once and are never waited for.
import os

calls = []


class Solution:
    def add(self, a: int, b: int) -> int:
        calls.append(1)
        if len(calls) == 1:
            for _ in range(8):
                if os.fork() == 0:
                    os._exit(0)
        return a + b
