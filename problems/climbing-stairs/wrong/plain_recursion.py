# verdict: timeout
# Correct recurrence without memoization: the number of calls grows like the answer
# itself, about 3 * 10^8 calls already for n = 38.
class Solution:
    def climbStairs(self, n: int) -> int:
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
