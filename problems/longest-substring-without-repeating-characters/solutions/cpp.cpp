class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        vector<int> last(256, 0);  // last position + 1 of each character, 0 if unseen
        int left = 0, best = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            unsigned char c = s[i];
            left = max(left, last[c]);
            last[c] = i + 1;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
