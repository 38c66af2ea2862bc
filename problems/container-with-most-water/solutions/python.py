class Solution:
    def maxArea(self, height: List[int]) -> int:
        lo, hi = 0, len(height) - 1
        best = 0
        while lo < hi:
            a, b = height[lo], height[hi]
            if a < b:
                area = (hi - lo) * a
                lo += 1
            else:
                area = (hi - lo) * b
                hi -= 1
            if area > best:
                best = area
        return best
