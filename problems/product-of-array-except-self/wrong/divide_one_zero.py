# verdict: wrong_answer
# Divides the product of the non-zero elements, handling a single zero but not two:
# with two zeros the positions of the zeros get the product of the others instead of 0
# ([0,0] gives [1,1]).
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        product = 1
        zeros = 0
        for x in nums:
            if x == 0:
                zeros += 1
            else:
                product *= x
        if zeros:
            return [product if x == 0 else 0 for x in nums]
        return [product // x for x in nums]
