# verdict: wrong_answer
# Stores nums[i] before looking up its complement, so an element can pair with itself
# (nums = [3,2,4], target = 6 gives [0,0]).
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            seen.setdefault(x, i)
            j = seen.get(target - x)
            if j is not None:
                return [j, i]
        return []
