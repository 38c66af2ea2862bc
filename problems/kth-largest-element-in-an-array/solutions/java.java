class Solution {
    public int findKthLargest(int[] nums, int k) {
        // Quickselect with a random pivot and a three-way partition (equal values are
        // settled in one pass, so arrays of repeated values stay linear).
        Random rng = new Random(12345);
        int target = nums.length - k; // index in increasing order
        int lo = 0, hi = nums.length - 1;
        while (true) {
            int pivot = nums[lo + rng.nextInt(hi - lo + 1)];
            int lt = lo, i = lo, gt = hi;
            while (i <= gt) {
                if (nums[i] < pivot) {
                    int t = nums[lt]; nums[lt] = nums[i]; nums[i] = t;
                    lt++;
                    i++;
                } else if (nums[i] > pivot) {
                    int t = nums[gt]; nums[gt] = nums[i]; nums[i] = t;
                    gt--;
                } else {
                    i++;
                }
            }
            if (target < lt) hi = lt - 1;
            else if (target > gt) lo = gt + 1;
            else return pivot;
        }
    }
}
