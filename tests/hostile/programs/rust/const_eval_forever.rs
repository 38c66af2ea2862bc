// Compile-time bomb: a constant whose evaluation never ends, with rustc's lint against long
// evaluations switched off: the compile time limit ends it.
#[allow(long_running_const_eval)]
const FOREVER: u64 = {
    let mut i = 0u64;
    while i < u64::MAX {
        i = (i + 1) % 1000;
    }
    i
};

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        a + b + FOREVER as i32
    }
}
