impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [0usize; 256]; // last position + 1 of each byte, 0 if unseen
        let (mut left, mut best) = (0usize, 0usize);
        for (i, &c) in s.as_bytes().iter().enumerate() {
            left = left.max(last[c as usize]);
            last[c as usize] = i + 1;
            best = best.max(i + 1 - left);
        }
        best as i32
    }
}
