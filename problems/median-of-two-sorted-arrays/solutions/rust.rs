impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        if nums1.len() > nums2.len() {
            return Self::find_median_sorted_arrays(nums2, nums1);
        }
        let (m, n) = (nums1.len() as i64, nums2.len() as i64);
        let half = (m + n + 1) / 2;
        let (mut lo, mut hi) = (0i64, m);
        let at = |v: &Vec<i32>, k: i64, len: i64, default: i64| {
            if k >= 0 && k < len { v[k as usize] as i64 } else { default }
        };
        while lo <= hi {
            let i = (lo + hi) / 2;
            let j = half - i;
            let left1 = at(&nums1, i - 1, m, i64::MIN);
            let right1 = at(&nums1, i, m, i64::MAX);
            let left2 = at(&nums2, j - 1, n, i64::MIN);
            let right2 = at(&nums2, j, n, i64::MAX);
            if left1 > right2 {
                hi = i - 1;
            } else if left2 > right1 {
                lo = i + 1;
            } else {
                let left = left1.max(left2);
                if (m + n) % 2 == 1 {
                    return left as f64;
                }
                return (left + right1.min(right2)) as f64 / 2.0;
            }
        }
        0.0
    }
}
