# verdict: wrong_answer
# Sorts in increasing order and takes position k: that is the k-th smallest, not the
# k-th largest (example 1 gives 2 instead of 5).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums)[k - 1]
