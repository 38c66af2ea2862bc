# verdict: wrong_answer
# Two pointers, but moves the taller wall inwards instead of the lower one, so it gives
# up the tall wall that could still form the best container.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            best = max(best, (hi - lo) * min(height[lo], height[hi]))
            if height[lo] > height[hi]:
                lo += 1
            else:
                hi -= 1
        return best
