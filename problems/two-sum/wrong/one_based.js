// verdict: wrong_answer
// Off by one: returns 1-based positions instead of 0-based indices.
var twoSum = function(nums, target) {
    const seen = new Map();
    for (let i = 0; i < nums.length; i++) {
        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]) + 1, i + 1];
        seen.set(nums[i], i);
    }
    return [];
};
