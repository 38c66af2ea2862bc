impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let (mut best, mut low) = (0, prices[0]);
        for p in prices {
            if p < low {
                low = p;
            } else if p - low > best {
                best = p - low;
            }
        }
        best
    }
}
