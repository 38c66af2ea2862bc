# verdict: wrong_answer
# Jumps the left end of the window just past the previous occurrence of the character
# even when that occurrence is already outside the window, so the window can move back
# ("abba" gives 3 instead of 2).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
