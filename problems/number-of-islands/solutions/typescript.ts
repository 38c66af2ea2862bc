function numIslands(grid: string[][]): number {
    const m = grid.length, n = grid[0].length;
    let islands = 0;
    const stack = [];
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== '1') continue;
            islands++;
            grid[i][j] = '0';
            stack.push(i * n + j);
            while (stack.length > 0) {
                const cell = stack.pop();
                const r = Math.floor(cell / n), c = cell % n;
                if (r > 0 && grid[r - 1][c] === '1') { grid[r - 1][c] = '0'; stack.push(cell - n); }
                if (r + 1 < m && grid[r + 1][c] === '1') { grid[r + 1][c] = '0'; stack.push(cell + n); }
                if (c > 0 && grid[r][c - 1] === '1') { grid[r][c - 1] = '0'; stack.push(cell - 1); }
                if (c + 1 < n && grid[r][c + 1] === '1') { grid[r][c + 1] = '0'; stack.push(cell + 1); }
            }
        }
    }
    return islands;
};
