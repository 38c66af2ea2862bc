use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let m: usize = it.next().unwrap().parse().unwrap();
    let w = m + 2;
    let mut open = vec![false; (n + 2) * w];
    let (mut start, mut goal) = (0, 0);
    for r in 0..n {
        let row = it.next().unwrap().as_bytes();
        for c in 0..m {
            let cell = (r + 1) * w + c + 1;
            open[cell] = row[c] != b'#';
            if row[c] == b'S' {
                start = cell;
            } else if row[c] == b'E' {
                goal = cell;
            }
        }
    }
    let mut dist = vec![-1i32; open.len()];
    let mut queue = std::collections::VecDeque::new();
    queue.push_back(start);
    dist[start] = 0;
    while let Some(cell) = queue.pop_front() {
        if cell == goal {
            break;
        }
        for nb in [cell - 1, cell + 1, cell - w, cell + w] {
            if open[nb] && dist[nb] < 0 {
                dist[nb] = dist[cell] + 1;
                queue.push_back(nb);
            }
        }
    }
    println!("{}", dist[goal]);
}
