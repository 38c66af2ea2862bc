// verdict: wrong_answer
// Swaps each zero with the last non-processed element: every zero ends up at the end,
// but the non-zero elements lose their order ([0,1,0,3,12] gives [12,1,3,0,0]).
var moveZeroes = function(nums) {
    let end = nums.length - 1;
    let i = 0;
    while (i < end) {
        if (nums[i] === 0) {
            nums[i] = nums[end];
            nums[end] = 0;
            end--;
        } else {
            i++;
        }
    }
};
