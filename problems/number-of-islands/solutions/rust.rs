impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut islands = 0;
        let mut stack = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' {
                    continue;
                }
                islands += 1;
                grid[i][j] = '0';
                stack.push((i, j));
                while let Some((r, c)) = stack.pop() {
                    let near = [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)];
                    for (a, b) in near {
                        if a < m && b < n && grid[a][b] == '1' {
                            grid[a][b] = '0';
                            stack.push((a, b));
                        }
                    }
                }
            }
        }
        islands
    }
}
