# verdict: wrong_answer
# Sort and two pointers, but never skips repeated values: the same triplet is reported
# once for every way to pick it ([-1,0,1,2,-1,-4] gives [-1,0,1] twice).
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        a = sorted(nums)
        n = len(a)
        result = []
        for i in range(n - 2):
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    result.append([a[i], a[lo], a[hi]])
                    lo += 1
                    hi -= 1
        return result
