// verdict: wrong_answer
// Returns a sorted copy and leaves nums unchanged: the judge looks at nums, not at the
// return value.
var sortColors = function(nums) {
    return [...nums].sort((a, b) => a - b);
};
