// verdict: wrong_answer
// Lists the contiguous pieces nums[i..j] (plus the empty one) instead of every subset:
// [1,2,3] misses [1,3].
var subsets = function(nums) {
    const result = [[]];
    for (let i = 0; i < nums.length; i++) {
        for (let j = i + 1; j <= nums.length; j++) result.push(nums.slice(i, j));
    }
    return result;
};
