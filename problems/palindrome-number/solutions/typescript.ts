function isPalindrome(x: number): boolean {
    // Negative numbers, and numbers ending in 0 (except 0 itself), are never palindromes.
    if (x < 0 || (x % 10 === 0 && x !== 0)) return false;
    // Reverse the lower half of the digits and compare it with the upper half.
    let half = 0;
    while (x > half) {
        half = half * 10 + (x % 10);
        x = Math.floor(x / 10);
    }
    return x === half || x === Math.floor(half / 10);
};
