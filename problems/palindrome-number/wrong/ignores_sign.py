# verdict: wrong_answer
# Compares the digits of abs(x), forgetting that the minus sign breaks the symmetry:
# -121 gives true.
class Solution:
    def isPalindrome(self, x: int) -> bool:
        s = str(abs(x))
        return s == s[::-1]
