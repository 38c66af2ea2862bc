class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) counts.put(x, counts.getOrDefault(x, 0) + 1);
        // buckets[c] holds the values that occur exactly c times
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i <= nums.length; i++) buckets.add(new ArrayList<>());
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) buckets.get(e.getValue()).add(e.getKey());
        int[] result = new int[k];
        int filled = 0;
        for (int c = nums.length; c > 0 && filled < k; c--) {
            for (int value : buckets.get(c)) {
                if (filled == k) break;
                result[filled++] = value;
            }
        }
        return result;
    }
}
