# Writes one file larger than the file-size limit: the write fails with "File too large".
class Solution:
    def add(self, a: int, b: int) -> int:
        with open("/tmp/big", "wb") as f:
            for _ in range(64):
                f.write(b"b" * (1 << 20))
        return a + b
