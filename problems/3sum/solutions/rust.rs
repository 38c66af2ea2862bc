impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut result = Vec::new();
        let mut i = 0;
        while i + 2 < n && a[i] <= 0 {
            if i > 0 && a[i] == a[i - 1] {
                i += 1;
                continue;
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let s = a[i] + a[lo] + a[hi];
                if s < 0 {
                    lo += 1;
                } else if s > 0 {
                    hi -= 1;
                } else {
                    result.push(vec![a[i], a[lo], a[hi]]);
                    lo += 1;
                    while lo < hi && a[lo] == a[lo - 1] {
                        lo += 1;
                    }
                    hi -= 1;
                }
            }
            i += 1;
        }
        result
    }
}
