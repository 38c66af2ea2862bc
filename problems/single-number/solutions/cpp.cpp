class Solution {
public:
    int singleNumber(vector<int>& nums) {
        // x ^ x == 0: the pairs cancel out and only the single value remains.
        int result = 0;
        for (int x : nums) result ^= x;
        return result;
    }
};
