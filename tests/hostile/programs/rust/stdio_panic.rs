// A stdio program that panics on the second test (unwrap of an error), on line 9.
use std::io::Read;

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_whitespace().map(|t| t.parse().unwrap()).collect();
    let checked: Result<i64, &str> = if v[0] == 20 { Err("twenty") } else { Ok(v[0]) };
    println!("{}", checked.unwrap() + v[1]);
}
