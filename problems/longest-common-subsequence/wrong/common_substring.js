// verdict: wrong_answer
// Computes the longest common SUBSTRING (contiguous characters) instead of subsequence:
// "abcde" and "ace" give 1 instead of 3.
var longestCommonSubsequence = function(text1, text2) {
    const n = text2.length;
    let prev = new Array(n + 1).fill(0), best = 0;
    for (let i = 0; i < text1.length; i++) {
        const cur = new Array(n + 1).fill(0);
        for (let j = 0; j < n; j++) {
            if (text1[i] === text2[j]) {
                cur[j + 1] = prev[j] + 1;
                best = Math.max(best, cur[j + 1]);
            }
        }
        prev = cur;
    }
    return best;
};
