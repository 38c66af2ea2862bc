class Solution {
public:
    int maxArea(vector<int>& height) {
        int lo = 0, hi = (int)height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, (hi - lo) * min(height[lo], height[hi]));
            // the lower wall cannot do better with any closer partner: move it
            if (height[lo] < height[hi]) lo++;
            else hi--;
        }
        return best;
    }
};
