# verdict: timeout
# The right recurrence without memoization: when the current characters differ it
# explores both ways, so strings with few matches take exponential time (two random
# 1000-letter strings need astronomically many calls).
class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        def lcs(i, j):
            if i == len(text1) or j == len(text2):
                return 0
            if text1[i] == text2[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        return lcs(0, 0)
