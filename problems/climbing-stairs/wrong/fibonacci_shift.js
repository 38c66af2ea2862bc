// verdict: wrong_answer
// Returns the n-th Fibonacci number (1, 1, 2, 3, 5, ...) instead of the (n+1)-th:
// n = 2 gives 1 instead of 2.
var climbStairs = function(n) {
    let a = 0, b = 1;
    for (let i = 1; i < n; i++) {
        const c = a + b;
        a = b;
        b = c;
    }
    return b;
};
