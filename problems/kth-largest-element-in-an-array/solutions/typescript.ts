function findKthLargest(nums: number[], k: number): number {
    // counting sort over the value range [-10^4, 10^4]
    const OFFSET = 10000;
    const count = new Int32Array(2 * OFFSET + 1);
    for (const x of nums) count[x + OFFSET]++;
    for (let v = 2 * OFFSET; v >= 0; v--) {
        k -= count[v];
        if (k <= 0) return v - OFFSET;
    }
    return -1;
};
