# verdict: wrong_answer
# Dutch flag that also moves `mid` forward after swapping a 2 to the end, so the value
# brought back from the end is never examined: [1,2,0] gives [1,0,2].
class Solution:
    def sortColors(self, nums: List[int]) -> None:
        lo, mid, hi = 0, 0, len(nums) - 1
        while mid <= hi:
            if nums[mid] == 0:
                nums[lo], nums[mid] = nums[mid], nums[lo]
                lo += 1
                mid += 1
            elif nums[mid] == 1:
                mid += 1
            else:
                nums[mid], nums[hi] = nums[hi], nums[mid]
                hi -= 1
                mid += 1
