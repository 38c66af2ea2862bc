class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # keep the k largest values seen so far in a min-heap
        heap = nums[:k]
        heapq.heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
