class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int x : nums) counts[x]++;
        vector<pair<int, int>> byCount;  // (count, value)
        byCount.reserve(counts.size());
        for (auto& [value, c] : counts) byCount.push_back({c, value});
        nth_element(byCount.begin(), byCount.begin() + (k - 1), byCount.end(),
                    greater<pair<int, int>>());
        vector<int> result;
        for (int i = 0; i < k; i++) result.push_back(byCount[i].second);
        return result;
    }
};
