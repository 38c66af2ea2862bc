// Endless loop in the first test.
class Solution {
    public int add(int a, int b) {
        for (;;) {
        }
    }
}
