# verdict: wrong_answer
# Merges only when the ranges share more than one point (start < previous end), so
# ranges that touch stay apart: [[1,4],[4,5]] gives [[1,4],[4,5]] instead of [[1,5]].
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        merged = []
        for start, end in intervals:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
