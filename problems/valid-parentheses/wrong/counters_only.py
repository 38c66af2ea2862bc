# verdict: wrong_answer
# Only counts each bracket kind (never negative, zero at the end) and ignores nesting
# order, so "([)]" is wrongly accepted.
class Solution:
    def isValid(self, s: str) -> bool:
        count = {"(": 0, "[": 0, "{": 0}
        opener = {")": "(", "]": "[", "}": "{"}
        for ch in s:
            if ch in count:
                count[ch] += 1
            else:
                count[opener[ch]] -= 1
                if count[opener[ch]] < 0:
                    return False
        return all(v == 0 for v in count.values())
