// verdict: wrong_answer
// Pops the stack on "<=" instead of "<": an equally warm day is taken as a warmer one
// ([60,60,30,61] gives [1,2,1,0]).
var dailyTemperatures = function(temperatures) {
    const answer = new Array(temperatures.length).fill(0);
    const stack = [];
    for (let i = 0; i < temperatures.length; i++) {
        while (stack.length > 0 && temperatures[stack[stack.length - 1]] <= temperatures[i]) {
            const j = stack.pop();
            answer[j] = i - j;
        }
        stack.push(i);
    }
    return answer;
};
