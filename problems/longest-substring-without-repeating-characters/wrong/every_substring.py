# verdict: timeout
# Correct, but builds a set for every one of the ~n^2/2 substrings (about 1.25 * 10^9 of
# them when n = 5 * 10^4).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                if len(set(s[i:j])) == j - i:
                    best = max(best, j - i)
        return best
