// i32 overflow in the third test: overflow checks are on, as on LeetCode (a panic, line 4).
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        let doubled = a * 3;
        doubled - a - a + b
    }
}
