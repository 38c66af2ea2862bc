function permute(nums: number[]): number[][] {
    const result = [];
    const a = [...nums];
    // Fix a[k] by swapping each remaining element into place, recurse, then swap back.
    const backtrack = (k) => {
        if (k === a.length) {
            result.push([...a]);
            return;
        }
        for (let i = k; i < a.length; i++) {
            [a[k], a[i]] = [a[i], a[k]];
            backtrack(k + 1);
            [a[k], a[i]] = [a[i], a[k]];
        }
    };
    backtrack(0);
    return result;
};
