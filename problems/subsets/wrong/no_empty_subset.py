# verdict: wrong_answer
# Starts the backtracking with one element already chosen, so the empty subset is missing.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        result = []

        def backtrack(start, current):
            for i in range(start, len(nums)):
                current.append(nums[i])
                result.append(current[:])
                backtrack(i + 1, current)
                current.pop()

        backtrack(0, [])
        return result
