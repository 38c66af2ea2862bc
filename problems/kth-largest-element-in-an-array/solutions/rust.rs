impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut nums = nums;
        let k = k as usize - 1;
        *nums.select_nth_unstable_by(k, |a, b| b.cmp(a)).1
    }
}
