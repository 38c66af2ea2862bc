// Endless loop in the first test (volatile, so that the optimizer keeps it).
class Solution {
public:
    int add(int a, int b) {
        volatile bool forever = true;
        while (forever) {
        }
        return a + b;
    }
};
