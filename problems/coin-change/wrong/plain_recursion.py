# verdict: timeout
# Right answers, but tries every sequence of coins without remembering results: the
# number of calls grows exponentially with the amount (coins = [1,2,5], amount = 100
# already needs far more than 10^10 calls).
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(a):
            if a == 0:
                return 0
            best = -1
            for c in coins:
                if c <= a:
                    sub = fewest(a - c)
                    if sub >= 0 and (best < 0 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
