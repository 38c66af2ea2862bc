# Memory bomb: 16 MB blocks, touched, until the sandbox's memory limit kills it.
class Solution:
    def add(self, a: int, b: int) -> int:
        hog = []
        while True:
            hog.append(bytearray(1 << 24))
