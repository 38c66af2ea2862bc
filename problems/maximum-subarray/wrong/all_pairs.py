# verdict: timeout
# Correct, but tries every start and extends it to every end: O(n^2), about 5 * 10^9
# additions when n = 10^5.
class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        n = len(nums)
        best = nums[0]
        for i in range(n):
            s = 0
            for j in range(i, n):
                s += nums[j]
                if s > best:
                    best = s
        return best
