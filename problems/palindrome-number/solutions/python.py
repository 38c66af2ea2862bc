class Solution:
    def isPalindrome(self, x: int) -> bool:
        # Negative numbers, and numbers ending in 0 (except 0 itself), are never palindromes.
        if x < 0 or (x % 10 == 0 and x != 0):
            return False
        # Reverse the lower half of the digits and compare it with the upper half.
        half = 0
        while x > half:
            half = half * 10 + x % 10
            x //= 10
        return x == half or x == half // 10
