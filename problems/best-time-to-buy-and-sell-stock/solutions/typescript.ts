function maxProfit(prices: number[]): number {
    let best = 0, low = prices[0];
    for (const p of prices) {
        if (p < low) low = p;
        else if (p - low > best) best = p - low;
    }
    return best;
};
