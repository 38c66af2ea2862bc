// Prints 64 KB lines forever through System.out: the harness's capture hits the output limit.
class Solution {
    public int add(int a, int b) {
        String line = "x".repeat(65536);
        for (;;) System.out.println(line);
    }
}
