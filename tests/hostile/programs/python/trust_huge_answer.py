# Answers with a list of 10^7 numbers, far past the output limit: output_limit_exceeded, and
# the answer is never kept whole (not in the harness's record, not in the verdict).
class Solution:
    def add(self, a: int, b: int) -> int:
        return [7] * 10**7
