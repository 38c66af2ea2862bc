// verdict: timeout
// Right answers, but backtracks over every way to cut the string without remembering
// which suffixes already failed: "aaa...ab" with ["a","aa",...] explores exponentially
// many cuts before giving up.
var wordBreak = function(s, wordDict) {
    const words = new Set(wordDict);
    const from = (i) => {
        if (i === s.length) return true;
        for (let j = i + 1; j <= s.length; j++) {
            if (words.has(s.slice(i, j)) && from(j)) return true;
        }
        return false;
    };
    return from(0);
};
