class Solution {
    public List<String> generateParenthesis(int n) {
        List<String> result = new ArrayList<>();
        build(new StringBuilder(), 0, 0, n, result);
        return result;
    }

    private void build(StringBuilder prefix, int opened, int closed, int n, List<String> result) {
        if (prefix.length() == 2 * n) {
            result.add(prefix.toString());
            return;
        }
        if (opened < n) {
            prefix.append('(');
            build(prefix, opened + 1, closed, n, result);
            prefix.deleteCharAt(prefix.length() - 1);
        }
        if (closed < opened) {
            prefix.append(')');
            build(prefix, opened, closed + 1, n, result);
            prefix.deleteCharAt(prefix.length() - 1);
        }
    }
}
