// verdict: wrong_answer
// Takes the middle of nums1 followed by nums2 without merging them: right only when
// every value of nums1 is at most every value of nums2 ([1,3] and [2] give 3).
var findMedianSortedArrays = function(nums1, nums2) {
    const all = nums1.concat(nums2);
    const k = all.length;
    if (k % 2 === 1) return all[(k - 1) / 2];
    return (all[k / 2 - 1] + all[k / 2]) / 2;
};
