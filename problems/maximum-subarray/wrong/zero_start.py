# verdict: wrong_answer
# Kadane's scan with the best sum starting at 0: it treats the empty subarray as allowed,
# so an all-negative array gives 0 ([-1] gives 0 instead of -1).
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = cur = 0
        for x in nums:
            cur = max(0, cur + x)
            best = max(best, cur)
        return best
