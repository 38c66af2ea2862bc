class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # dp row for text2's prefixes; keep text2 the shorter string
        if len(text2) > len(text1):
            text1, text2 = text2, text1
        prev = [0] * (len(text2) + 1)
        for x in text1:
            cur = [0] * (len(text2) + 1)
            for j, y in enumerate(text2):
                if x == y:
                    cur[j + 1] = prev[j] + 1
                else:
                    a, b = prev[j + 1], cur[j]
                    cur[j + 1] = a if a > b else b
            prev = cur
        return prev[-1]
