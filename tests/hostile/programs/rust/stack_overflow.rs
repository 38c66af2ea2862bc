// Endless recursion: the stack overflows (black_box keeps every frame).
fn deeper(n: u64) -> u64 {
    let frame = std::hint::black_box([n; 64]);
    deeper(frame[3] + 1) + frame[5]
}

impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        deeper(a as u64) as i32 + b
    }
}
