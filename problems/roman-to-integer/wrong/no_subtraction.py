# verdict: wrong_answer
# Adds every letter's value and ignores the subtraction rule: "MCMXCIV" gives 2216
# instead of 1994 ("IV" counts as 6).
class Solution:
    def romanToInt(self, s: str) -> int:
        value = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
        return sum(value[c] for c in s)
