class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int best = 0, low = prices[0];
        for (int p : prices) {
            if (p < low) low = p;
            else if (p - low > best) best = p - low;
        }
        return best;
    }
};
