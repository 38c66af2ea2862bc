# verdict: wrong_answer
# Swap-based backtracking that forgets to swap back after the recursive call: it still
# returns n! lists, each a permutation of nums, but some twice and others never
# ([1,2,3] gives only 4 different ones). A checker that sorted the inner lists
# (any_order_nested) would accept it.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        a = nums[:]
        result = []

        def backtrack(k):
            if k == len(a):
                result.append(a[:])
                return
            for i in range(k, len(a)):
                a[k], a[i] = a[i], a[k]
                backtrack(k + 1)

        backtrack(0)
        return result
