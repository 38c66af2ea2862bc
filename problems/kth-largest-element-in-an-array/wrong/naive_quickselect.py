# verdict: timeout
# Quickselect with the last element as pivot and a two-way (Lomuto) partition: on an
# array of equal values every partition removes a single element, so 10^5 equal values
# take about 4 * 10^9 comparisons.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        target = len(nums) - k  # index in increasing order
        lo, hi = 0, len(nums) - 1
        while True:
            pivot = nums[hi]
            store = lo
            for i in range(lo, hi):
                if nums[i] <= pivot:
                    nums[i], nums[store] = nums[store], nums[i]
                    store += 1
            nums[store], nums[hi] = nums[hi], nums[store]
            if store == target:
                return nums[store]
            if store < target:
                lo = store + 1
            else:
                hi = store - 1
