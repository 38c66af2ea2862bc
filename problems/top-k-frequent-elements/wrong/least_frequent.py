# verdict: wrong_answer
# Sorts the distinct values by count but in increasing order, so it returns the k least
# frequent values ([1,1,1,2,2,3], k = 2 gives [3,2]).
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        return sorted(counts, key=counts.get)[:k]
