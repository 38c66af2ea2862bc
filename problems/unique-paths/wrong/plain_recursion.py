# verdict: timeout
# Correct but counts the routes one by one with a recursion that is not memoized: about
# 2 * answer calls, i.e. billions when the answer is close to 2 * 10^9 (17 x 18 grid).
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        def routes(i, j):
            if i == 1 or j == 1:
                return 1
            return routes(i - 1, j) + routes(i, j - 1)

        return routes(m, n)
