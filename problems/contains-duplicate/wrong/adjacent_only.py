# verdict: wrong_answer
# Compares each element only with its neighbour, forgetting to sort first: repeats that
# are not next to each other go unnoticed ([1,2,3,1] gives false).
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
