impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        let inf = amount + 1;
        let mut best = vec![inf; amount + 1];
        best[0] = 0;
        for a in 1..=amount {
            for &c in &coins {
                let c = c as usize;
                if c <= a && best[a - c] + 1 < best[a] {
                    best[a] = best[a - c] + 1;
                }
            }
        }
        if best[amount] < inf { best[amount] as i32 } else { -1 }
    }
}
