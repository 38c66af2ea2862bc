impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut intervals = intervals;
        intervals.sort_unstable();
        let mut merged: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            match merged.last_mut() {
                Some(last) if iv[0] <= last[1] => last[1] = last[1].max(iv[1]),
                _ => merged.push(vec![iv[0], iv[1]]),
            }
        }
        merged
    }
}
