class Solution:
    def canJump(self, nums: List[int]) -> bool:
        far = 0  # the farthest index reachable so far
        for i, x in enumerate(nums):
            if i > far:
                return False
            if i + x > far:
                far = i + x
        return True
