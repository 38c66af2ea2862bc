class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        INF = amount + 1
        best = [0] + [INF] * amount
        usable = [c for c in coins if c <= amount]
        for a in range(1, amount + 1):
            m = INF
            for c in usable:
                if c <= a:
                    v = best[a - c]
                    if v < m:
                        m = v
            best[a] = m + 1 if m < INF else INF
        return best[amount] if best[amount] < INF else -1
