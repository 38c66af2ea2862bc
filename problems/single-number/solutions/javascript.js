/**
 * @param {number[]} nums
 * @return {number}
 */
var singleNumber = function(nums) {
    // x ^ x == 0: the pairs cancel out and only the single value remains.
    let result = 0;
    for (const x of nums) result ^= x;
    return result;
};
