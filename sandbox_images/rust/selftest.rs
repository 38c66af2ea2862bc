// Self-test of the pyscape/rust image: copies stdin to stdout (edition 2021).
use std::io::{self, Read, Write};

fn main() {
    let mut input = Vec::new();
    io::stdin().read_to_end(&mut input).unwrap();
    io::stdout().write_all(&input).unwrap();
}
