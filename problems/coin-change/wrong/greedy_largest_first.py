# verdict: wrong_answer
# Greedy: takes as many of the largest coin as fit, then the next one... That is optimal
# for [1,2,5] but not in general: coins = [1,3,4], amount = 6 gives 3 (4+1+1) instead of
# 2 (3+3), and [186,419,83,408] with 6249 finds no way at all.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
