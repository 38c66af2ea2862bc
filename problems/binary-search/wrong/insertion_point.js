// verdict: wrong_answer
// Returns where the target would be inserted, without checking that it is there: a
// missing target gives an index instead of -1 (example 2 gives 2).
var search = function(nums, target) {
    let lo = 0, hi = nums.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] < target) lo = mid + 1;
        else hi = mid;
    }
    return lo;
};
