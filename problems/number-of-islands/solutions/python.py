class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for i in range(m):
            row = grid[i]
            for j in range(n):
                if row[j] != "1":
                    continue
                islands += 1
                # Iterative flood fill (no recursion: one island can hold 45,000 cells).
                row[j] = "0"
                stack = [(i, j)]
                while stack:
                    r, c = stack.pop()
                    if r > 0 and grid[r - 1][c] == "1":
                        grid[r - 1][c] = "0"
                        stack.append((r - 1, c))
                    if r + 1 < m and grid[r + 1][c] == "1":
                        grid[r + 1][c] = "0"
                        stack.append((r + 1, c))
                    if c > 0 and grid[r][c - 1] == "1":
                        grid[r][c - 1] = "0"
                        stack.append((r, c - 1))
                    if c + 1 < n and grid[r][c + 1] == "1":
                        grid[r][c + 1] = "0"
                        stack.append((r, c + 1))
        return islands
