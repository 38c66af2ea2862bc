class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = cur = nums[0]
        for x in islice(nums, 1, None):
            cur = cur + x if cur > 0 else x
            if cur > best:
                best = cur
        return best
