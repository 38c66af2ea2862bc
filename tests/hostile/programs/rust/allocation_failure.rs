// One allocation larger than the machine: the allocator fails at once (no OOM kill); Rust's
// answer is "memory allocation of N bytes failed" and an abort, which is out of memory.
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        let v: Vec<u64> = Vec::with_capacity(std::hint::black_box(1usize << 50));
        std::hint::black_box(&v);
        a + b
    }
}
