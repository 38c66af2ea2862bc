impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let mut far = 0usize; // the farthest index reachable so far
        for (i, &x) in nums.iter().enumerate() {
            if i > far {
                return false;
            }
            far = far.max(i + x as usize);
        }
        true
    }
}
