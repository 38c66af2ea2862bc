function longestCommonSubsequence(text1: string, text2: string): number {
    const n = text2.length;
    let prev = new Int32Array(n + 1), cur = new Int32Array(n + 1);
    for (let i = 0; i < text1.length; i++) {
        const x = text1.charCodeAt(i);
        for (let j = 0; j < n; j++) {
            cur[j + 1] = x === text2.charCodeAt(j) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
        }
        [prev, cur] = [cur, prev];
    }
    return prev[n];
};
