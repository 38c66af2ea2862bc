// Endless loop in the first test (black_box, so that the optimizer keeps it).
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        while std::hint::black_box(true) {}
        a + b
    }
}
