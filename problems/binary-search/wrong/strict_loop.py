# verdict: wrong_answer
# Loops while lo < hi, so the last remaining candidate is never looked at: nums = [5],
# target = 5 gives -1, and so does any target that is found only when lo == hi.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
