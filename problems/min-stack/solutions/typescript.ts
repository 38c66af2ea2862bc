class MinStack {
    private values: number[] = [];
    private mins: number[] = []; // mins[i] = minimum of values[0..i]

    constructor() {}

    push(val: number): void {
        const n = this.mins.length;
        this.values.push(val);
        this.mins.push(n === 0 ? val : Math.min(val, this.mins[n - 1]));
    }

    pop(): void {
        this.values.pop();
        this.mins.pop();
    }

    top(): number {
        return this.values[this.values.length - 1];
    }

    getMin(): number {
        return this.mins[this.mins.length - 1];
    }
}

/**
 * Your MinStack object will be instantiated and called as such:
 * var obj = new MinStack()
 * obj.push(val)
 * obj.pop()
 * var param_3 = obj.top()
 * var param_4 = obj.getMin()
 */
