// verdict: wrong_answer
// An ordinary binary search, as if the array were not rotated: it looks in the wrong
// half whenever the target is on the other side of the rotation point
// ([4,5,6,7,0,1,2], target = 0 gives -1).
var search = function(nums, target) {
    let lo = 0, hi = nums.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] === target) return mid;
        if (nums[mid] < target) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
};
