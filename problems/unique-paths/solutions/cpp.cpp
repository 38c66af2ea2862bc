class Solution {
public:
    int uniquePaths(int m, int n) {
        // row[j] = number of routes to cell (i, j) of the current row i. Every entry is at
        // most the final answer (<= 2 * 10^9), so int never overflows.
        vector<int> row(n, 1);
        for (int i = 1; i < m; i++) {
            for (int j = 1; j < n; j++) {
                row[j] += row[j - 1];
            }
        }
        return row[n - 1];
    }
};
