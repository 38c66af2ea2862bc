# verdict: wrong_answer
# Ignores the order of the days: sells at the overall highest price and buys at the overall
# lowest one, even when the lowest comes later ([2,4,1] gives 3 instead of 2).
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(0, max(prices) - min(prices))
