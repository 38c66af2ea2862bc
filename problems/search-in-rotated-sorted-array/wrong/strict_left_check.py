# verdict: wrong_answer
# Tests whether the left half is sorted with nums[lo] < nums[mid] instead of <=: when
# lo == mid the one-element left half is taken for unsorted, and the search goes the
# wrong way ([3,1], target = 1 gives -1).
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] < nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
