# verdict: wrong_answer
# Sorts, then compares the pairs (0,1), (2,3), ... but the loop stops one pair too early and
# falls back to the last value: sorted [1,1,3,4,4] gives 4 instead of 3.
class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(0, len(nums) - 3, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[-1]
