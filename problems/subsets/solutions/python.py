class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = [[]]
        for x in nums:
            # Every subset found so far, once without x (already listed) and once with it.
            result += [subset + [x] for subset in result]
        return result
