# verdict: timeout
# Explores every route with an explicit stack but never remembers the indices it already
# explored: when the last index is out of reach the number of routes into the dead end
# grows exponentially ([3,3,...,3,2,1,0,...] has about 1.8^60 of them).
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        n = len(nums)
        stack = [0]
        while stack:
            i = stack.pop()
            if i >= n - 1:
                return True
            for step in range(1, nums[i] + 1):
                stack.append(i + step)
        return False
