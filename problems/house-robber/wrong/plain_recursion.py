# verdict: timeout
# The right recurrence without memoization: the number of calls grows like Fibonacci(n),
# about 10^20 for 100 houses.
class Solution:
    def rob(self, nums: List[int]) -> int:
        def best(i):
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
