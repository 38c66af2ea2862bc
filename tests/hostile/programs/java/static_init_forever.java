// A class whose static initialiser never ends: it runs when the class is loaded, before any
// test, so the first test never starts.
class Solution {
    static int spins;

    static {
        while (spins >= 0) {
            spins = (spins + 1) & 0xFFFF;
        }
    }

    public int add(int a, int b) {
        return a + b;
    }
}
