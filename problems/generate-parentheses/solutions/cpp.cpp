class Solution {
public:
    vector<string> generateParenthesis(int n) {
        vector<string> result;
        string prefix;
        build(prefix, 0, 0, n, result);
        return result;
    }

private:
    void build(string& prefix, int opened, int closed, int n, vector<string>& result) {
        if ((int)prefix.size() == 2 * n) {
            result.push_back(prefix);
            return;
        }
        if (opened < n) {
            prefix.push_back('(');
            build(prefix, opened + 1, closed, n, result);
            prefix.pop_back();
        }
        if (closed < opened) {
            prefix.push_back(')');
            build(prefix, opened, closed + 1, n, result);
            prefix.pop_back();
        }
    }
};
