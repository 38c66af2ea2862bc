// std::process::abort() in the first test: SIGABRT, named as a signal.
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        std::process::abort()
    }
}
