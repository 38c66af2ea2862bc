# Endless loop in the first test.
class Solution:
    def add(self, a: int, b: int) -> int:
        while True:
            pass
