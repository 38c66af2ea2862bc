use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let x = it.next().unwrap();
    let mut w: Vec<i64> = it.take(n).collect();
    w.sort_unstable();
    let (mut lo, mut hi, mut canoes) = (0i64, n as i64 - 1, 0);
    while lo <= hi {
        if lo < hi && w[lo as usize] + w[hi as usize] <= x {
            lo += 1;
        }
        hi -= 1;
        canoes += 1;
    }
    writeln!(io::stdout(), "{canoes}").unwrap();
}
