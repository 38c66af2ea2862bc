// A stdio program whose recursion never ends: Rust's own handler says so and aborts.
fn deeper(n: u64) -> u64 {
    let frame = std::hint::black_box([n; 64]);
    deeper(frame[3] + 1) + frame[5]
}

fn main() {
    println!("{}", deeper(1));
}
