// verdict: wrong_answer
// Forgets to check that the stack is empty at the end, so "((" is wrongly accepted.
var isValid = function(s) {
    const pairs = { ')': '(', ']': '[', '}': '{' };
    const stack = [];
    for (const ch of s) {
        if (ch in pairs) {
            if (stack.length === 0 || stack.pop() !== pairs[ch]) return false;
        } else {
            stack.push(ch);
        }
    }
    return true;
};
