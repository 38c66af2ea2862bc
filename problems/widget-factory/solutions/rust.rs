use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let t = it.next().unwrap();
    let k: Vec<i64> = it.take(n).collect();
    let fastest = *k.iter().min().unwrap();
    let enough = |time: i64| {
        let mut built = 0i64;
        for &x in &k {
            built += time / x;
            if built >= t {
                return true;
            }
        }
        false
    };
    let (mut lo, mut hi) = (0i64, fastest * t); // !enough(lo), enough(hi)
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if enough(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    println!("{hi}");
}
