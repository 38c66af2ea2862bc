class Solution {
    public int singleNumber(int[] nums) {
        // x ^ x == 0: the pairs cancel out and only the single value remains.
        int result = 0;
        for (int x : nums) result ^= x;
        return result;
    }
}
