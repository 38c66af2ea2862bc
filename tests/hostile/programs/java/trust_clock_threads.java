// Does 1.6 s of CPU work per test on a 1 s limit, split over 4 threads that the test joins
// before it answers (the answer needs their work): a clock on the wall, read inside, sees 0.4 to
// 0.8 s. (Java's clocks are native: no program can freeze the one the harness reads, so this
// one walks around it.) The host counts the CPU time of every thread: timeout.
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

class Solution {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Work until this thread has used {@code ms} of CPU time; a number made of every step. */
    static long spin(long ms) {
        long x = 1;
        long until = CPU.getCurrentThreadCpuTime() + ms * 1_000_000;
        while (CPU.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 100_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x | 1;
    }

    public int add(int a, int b) throws InterruptedException {
        long[] work = new long[4];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int slot = t;
            threads[t] = new Thread(() -> work[slot] = spin(400));
            threads[t].start();
        }
        for (Thread thread : threads) thread.join();
        return (work[0] & work[1] & work[2] & work[3]) == 0 ? -1 : a + b;
    }
}
