function rob(nums: number[]): number {
    // skip = best total so far when the last house was not taken; take = when it was.
    let skip = 0, take = 0;
    for (const x of nums) {
        [skip, take] = [Math.max(skip, take), skip + x];
    }
    return Math.max(skip, take);
};
