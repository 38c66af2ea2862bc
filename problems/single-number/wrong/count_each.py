# verdict: timeout
# Correct but counts the occurrences of every value with a nested loop: O(n^2), about
# 9 * 10^8 steps when the single value comes last among 29999 values.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for x in nums:
            count = 0
            for y in nums:
                if y == x:
                    count += 1
            if count == 1:
                return x
        return 0
