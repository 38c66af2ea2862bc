class Solution {
public:
    bool canJump(vector<int>& nums) {
        int far = 0; // the farthest index reachable so far
        for (int i = 0; i < (int)nums.size(); i++) {
            if (i > far) return false;
            far = max(far, i + nums[i]);
        }
        return true;
    }
};
