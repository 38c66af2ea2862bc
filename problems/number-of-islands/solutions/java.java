class Solution {
    public int numIslands(char[][] grid) {
        int m = grid.length, n = grid[0].length;
        int islands = 0;
        int[] stack = new int[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1') continue;
                islands++;
                grid[i][j] = '0';
                int top = 0;
                stack[top++] = i * n + j;
                while (top > 0) {
                    int cell = stack[--top];
                    int r = cell / n, c = cell % n;
                    if (r > 0 && grid[r - 1][c] == '1') { grid[r - 1][c] = '0'; stack[top++] = cell - n; }
                    if (r + 1 < m && grid[r + 1][c] == '1') { grid[r + 1][c] = '0'; stack[top++] = cell + n; }
                    if (c > 0 && grid[r][c - 1] == '1') { grid[r][c - 1] = '0'; stack[top++] = cell - 1; }
                    if (c + 1 < n && grid[r][c + 1] == '1') { grid[r][c + 1] = '0'; stack[top++] = cell + 1; }
                }
            }
        }
        return islands;
    }
}
