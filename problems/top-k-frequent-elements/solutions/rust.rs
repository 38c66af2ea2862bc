use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: HashMap<i32, i32> = HashMap::new();
        for x in nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        let mut by_count: Vec<(i32, i32)> = counts.into_iter().map(|(v, c)| (c, v)).collect();
        by_count.sort_unstable_by(|a, b| b.cmp(a));
        by_count.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
