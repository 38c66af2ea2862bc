function sortColors(nums: number[]): void {
    // counting sort: count each colour, then rewrite the array
    const count = [0, 0, 0];
    for (const x of nums) count[x]++;
    let i = 0;
    for (let color = 0; color < 3; color++) {
        for (let k = 0; k < count[color]; k++) nums[i++] = color;
    }
};
