// verdict: wrong_answer
// Pushes to the auxiliary min stack only on a strictly smaller value, but pops from it
// whenever the popped value equals the minimum, so a duplicated minimum is lost
// (example 2 gives getMin = 2 instead of 1).
var MinStack = function() {
    this.values = [];
    this.mins = [];
};
MinStack.prototype.push = function(val) {
    this.values.push(val);
    if (this.mins.length === 0 || val < this.mins[this.mins.length - 1]) this.mins.push(val);
};
MinStack.prototype.pop = function() {
    const v = this.values.pop();
    if (v === this.mins[this.mins.length - 1]) this.mins.pop();
};
MinStack.prototype.top = function() {
    return this.values[this.values.length - 1];
};
MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};
