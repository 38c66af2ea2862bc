# verdict: wrong_answer
# Compares the sets of letters and the lengths, not how often each letter occurs:
# "aacc" and "ccac" have the same letters and length but are not anagrams.
class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        return len(s) == len(t) and set(s) == set(t)
