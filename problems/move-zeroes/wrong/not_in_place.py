# verdict: wrong_answer
# Builds the right array but only rebinds the local name, so the caller's nums is
# left unchanged.
class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        nums = [x for x in nums if x != 0] + [0] * nums.count(0)
