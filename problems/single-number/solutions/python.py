class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        # x ^ x == 0: the pairs cancel out and only the single value remains.
        result = 0
        for x in nums:
            result ^= x
        return result
