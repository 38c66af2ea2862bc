# verdict: timeout
# Correct, but counts each distinct value with a full scan of nums: about 2 * 10^9
# comparisons when 20001 distinct values fill an array of 10^5.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        distinct = list(dict.fromkeys(nums))
        counted = [(nums.count(v), v) for v in distinct]
        counted.sort(reverse=True)
        return [v for _, v in counted[:k]]
