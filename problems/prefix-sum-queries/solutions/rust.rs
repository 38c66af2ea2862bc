use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let (n, q) = match (it.next(), it.next()) {
        (Some(n), Some(q)) => (n as usize, q as usize),
        _ => return,
    };
    let mut prefix = vec![0i64; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + it.next().unwrap();
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for _ in 0..q {
        let l = it.next().unwrap() as usize;
        let r = it.next().unwrap() as usize;
        writeln!(out, "{}", prefix[r] - prefix[l - 1]).unwrap();
    }
}
