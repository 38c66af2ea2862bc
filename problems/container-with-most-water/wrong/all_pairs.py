# verdict: timeout
# Correct, but tries every pair of walls: O(n^2), 5 * 10^9 pairs when n = 10^5.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        n = len(height)
        best = 0
        for i in range(n):
            for j in range(i + 1, n):
                area = (j - i) * min(height[i], height[j])
                if area > best:
                    best = area
        return best
