function coinChange(coins: number[], amount: number): number {
    const INF = amount + 1;
    const best = new Array(amount + 1).fill(INF);
    best[0] = 0;
    for (let a = 1; a <= amount; a++) {
        for (const c of coins) {
            if (c <= a && best[a - c] + 1 < best[a]) best[a] = best[a - c] + 1;
        }
    }
    return best[amount] < INF ? best[amount] : -1;
};
