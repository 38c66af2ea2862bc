class Solution {
    public int coinChange(int[] coins, int amount) {
        int INF = amount + 1;
        int[] best = new int[amount + 1];
        Arrays.fill(best, INF);
        best[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a && best[a - c] + 1 < best[a]) best[a] = best[a - c] + 1;
            }
        }
        return best[amount] < INF ? best[amount] : -1;
    }
}
