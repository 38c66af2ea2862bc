use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let max_len = word_dict.iter().map(|w| w.len()).max().unwrap_or(0);
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let n = s.len();
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 1..=n {
            for j in i.saturating_sub(max_len)..i {
                if ok[j] && words.contains(&s[j..i]) {
                    ok[i] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}
