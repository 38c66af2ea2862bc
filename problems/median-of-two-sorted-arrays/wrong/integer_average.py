# verdict: wrong_answer
# Averages the two middle values with integer division, so a median ending in .5 is
# rounded down: [1,2] and [3,4] give 2.0 instead of 2.5.
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        k = len(merged)
        if k % 2:
            return merged[k // 2]
        return (merged[k // 2 - 1] + merged[k // 2]) // 2
