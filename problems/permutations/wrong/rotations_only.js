// verdict: wrong_answer
// Returns the n rotations of nums and their reverses: right for n <= 3 (all 6 orders of 3
// elements), but only 2n of the n! permutations for n >= 4.
var permute = function(nums) {
    const n = nums.length;
    const seen = new Set();
    const result = [];
    for (let r = 0; r < n; r++) {
        const rot = nums.slice(r).concat(nums.slice(0, r));
        for (const p of [rot, [...rot].reverse()]) {
            const key = p.join(',');
            if (!seen.has(key)) {
                seen.add(key);
                result.push(p);
            }
        }
    }
    return result;
};
