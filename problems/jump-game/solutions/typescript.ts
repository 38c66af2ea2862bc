function canJump(nums: number[]): boolean {
    let far = 0; // the farthest index reachable so far
    for (let i = 0; i < nums.length; i++) {
        if (i > far) return false;
        far = Math.max(far, i + nums[i]);
    }
    return true;
};
