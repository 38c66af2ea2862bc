// verdict: wrong_answer
// Knows IV and IX only: "XL", "XC", "CD" and "CM" are added, so "MCMXCIV" gives 2194.
var romanToInt = function(s) {
    const value = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    let total = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === 'I' && (s[i + 1] === 'V' || s[i + 1] === 'X')) total -= 1;
        else total += value[s[i]];
    }
    return total;
};
