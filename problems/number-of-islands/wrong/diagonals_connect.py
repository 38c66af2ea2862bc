# verdict: wrong_answer
# Also walks diagonally (8 neighbours), so land cells that only touch at a corner are
# merged into one island: example 2 gives 1 instead of 5.
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        islands = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != "1":
                    continue
                islands += 1
                grid[i][j] = "0"
                stack = [(i, j)]
                while stack:
                    r, c = stack.pop()
                    for a in (r - 1, r, r + 1):
                        for b in (c - 1, c, c + 1):
                            if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                                grid[a][b] = "0"
                                stack.append((a, b))
        return islands
