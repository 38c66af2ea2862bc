function maxArea(height: number[]): number {
    let lo = 0, hi = height.length - 1, best = 0;
    while (lo < hi) {
        best = Math.max(best, (hi - lo) * Math.min(height[lo], height[hi]));
        // the lower wall cannot do better with any closer partner: move it
        if (height[lo] < height[hi]) lo++;
        else hi--;
    }
    return best;
};
