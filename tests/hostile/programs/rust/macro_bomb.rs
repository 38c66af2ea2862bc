// Compile-time bomb: a macro that expands into two copies of itself, 2^N times; rustc stops
// at its recursion limit (a compile error), never hangs.
macro_rules! bomb {
    () => { bomb!(); bomb!(); };
}

bomb!();

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b
    }
}
