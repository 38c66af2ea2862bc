// verdict: wrong_answer
// Initializes the first row of the DP table but forgets the first column, which stays 0:
// only routes that never enter column 0 below row 0 are counted (3 x 2 gives 1, not 3).
var uniquePaths = function(m, n) {
    const dp = Array.from({ length: m }, () => new Array(n).fill(0));
    dp[0].fill(1);
    for (let i = 1; i < m; i++) {
        for (let j = 1; j < n; j++) {
            dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
        }
    }
    return dp[m - 1][n - 1];
};
