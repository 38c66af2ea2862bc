# verdict: timeout
# Correct, but multiplies the other n - 1 elements again for every position: O(n^2),
# 10^10 multiplications when n = 10^5.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = []
        for i in range(n):
            p = 1
            for j in range(n):
                if j != i:
                    p *= nums[j]
            answer.append(p)
        return answer
