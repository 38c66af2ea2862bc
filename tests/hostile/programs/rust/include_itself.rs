// include! of itself: rustc's recursion limit, a compile error.
include!("solution.rs");

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }
}
