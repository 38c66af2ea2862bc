var MinStack = function() {
    this.values = [];
    this.mins = []; // mins[i] = minimum of values[0..i]
};

/**
 * @param {number} val
 * @return {void}
 */
MinStack.prototype.push = function(val) {
    const n = this.mins.length;
    this.values.push(val);
    this.mins.push(n === 0 ? val : Math.min(val, this.mins[n - 1]));
};

/**
 * @return {void}
 */
MinStack.prototype.pop = function() {
    this.values.pop();
    this.mins.pop();
};

/**
 * @return {number}
 */
MinStack.prototype.top = function() {
    return this.values[this.values.length - 1];
};

/**
 * @return {number}
 */
MinStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};

/**
 * Your MinStack object will be instantiated and called as such:
 * var obj = new MinStack()
 * obj.push(val)
 * obj.pop()
 * var param_3 = obj.top()
 * var param_4 = obj.getMin()
 */
