function singleNumber(nums: number[]): number {
    // x ^ x == 0: the pairs cancel out and only the single value remains.
    let result = 0;
    for (const x of nums) result ^= x;
    return result;
};
