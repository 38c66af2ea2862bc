class Solution:
    def rob(self, nums: List[int]) -> int:
        # skip = best total so far when the last house was not taken; take = when it was.
        skip, take = 0, 0
        for x in nums:
            skip, take = max(skip, take), skip + x
        return max(skip, take)
