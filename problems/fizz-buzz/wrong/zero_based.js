// verdict: wrong_answer
// Counts from 0 to n - 1 instead of 1 to n: the list starts with "FizzBuzz" (0 is a
// multiple of 15) and misses n.
var fizzBuzz = function(n) {
    const answer = [];
    for (let i = 0; i < n; i++) {
        let word = '';
        if (i % 3 === 0) word += 'Fizz';
        if (i % 5 === 0) word += 'Buzz';
        answer.push(word || String(i));
    }
    return answer;
};
