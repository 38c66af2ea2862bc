// verdict: wrong_answer
// Reverses half of the digits but forgets that a number ending in 0 cannot be a
// palindrome: for 10 the halves become 0 and 1, and 0 == floor(1 / 10) says true.
var isPalindrome = function(x) {
    if (x < 0) return false;
    let half = 0;
    while (x > half) {
        half = half * 10 + (x % 10);
        x = Math.floor(x / 10);
    }
    return x === half || x === Math.floor(half / 10);
};
