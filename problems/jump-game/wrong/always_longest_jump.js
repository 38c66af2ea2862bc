// verdict: wrong_answer
// Greedy that always makes the longest jump: [2,5,0,0] jumps from 0 to 2 and gets stuck on
// the 0, although jumping to index 1 first reaches the end.
var canJump = function(nums) {
    let i = 0;
    while (i < nums.length - 1) {
        if (nums[i] === 0) return false;
        i += nums[i];
    }
    return true;
};
