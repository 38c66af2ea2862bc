// A panic in the second test: an index out of bounds, on line 6 of this file.
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        let v = vec![a, b];
        let i = if a == 20 { 5 } else { 0 };
        v[i] + b
    }
}
