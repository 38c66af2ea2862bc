impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let (mut skip, mut take) = (0, 0);
        for x in nums {
            let new_take = skip + x;
            skip = skip.max(take);
            take = new_take;
        }
        skip.max(take)
    }
}
