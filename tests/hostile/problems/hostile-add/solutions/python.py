class Solution:
    def add(self, a: int, b: int) -> int:
        return a + b
