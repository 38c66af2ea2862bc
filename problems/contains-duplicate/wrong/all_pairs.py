# verdict: timeout
# Correct, but compares every pair: O(n^2), 5 * 10^9 comparisons when all 10^5 values
# are different.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        n = len(nums)
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, n):
                if nums[j] == x:
                    return True
        return False
