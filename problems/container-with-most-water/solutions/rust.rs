impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut lo, mut hi, mut best) = (0usize, height.len() - 1, 0i64);
        while lo < hi {
            let area = (hi - lo) as i64 * height[lo].min(height[hi]) as i64;
            best = best.max(area);
            if height[lo] < height[hi] {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        best as i32
    }
}
