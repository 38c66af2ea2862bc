// A stdio program that prints forever.
use std::io::Write;

fn main() {
    let out = std::io::stdout();
    let mut out = out.lock();
    loop {
        let _ = out.write_all("flood ".repeat(1000).as_bytes());
    }
}
