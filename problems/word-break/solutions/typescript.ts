function wordBreak(s: string, wordDict: string[]): boolean {
    const words = new Set(wordDict);
    const maxLen = Math.max(...wordDict.map(w => w.length));
    const n = s.length;
    const ok = new Array(n + 1).fill(false);
    ok[0] = true;
    for (let i = 1; i <= n; i++) {
        for (let j = Math.max(0, i - maxLen); j < i && !ok[i]; j++) {
            if (ok[j] && words.has(s.slice(j, i))) ok[i] = true;
        }
    }
    return ok[n];
};
