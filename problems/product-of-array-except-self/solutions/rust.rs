impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![1i32; n];
        // Every prefix and suffix product fits in i32, but the whole array's may not: the
        // last step of each loop wraps, and its result is never used.
        let mut prefix = 1i32;
        for i in 0..n {
            answer[i] = prefix;
            prefix = prefix.wrapping_mul(nums[i]);
        }
        let mut suffix = 1i32;
        for i in (0..n).rev() {
            answer[i] *= suffix;
            suffix = suffix.wrapping_mul(nums[i]);
        }
        answer
    }
}
