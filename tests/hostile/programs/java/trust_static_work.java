// Does 4 s of CPU work in its static initialiser (a "table" the answers use) on a 1 s problem:
// the class is initialised after the job frame, in the load phase, whose CPU time the host
// budgets with the test's limit: timeout, whatever the harness's own clocks say.
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

    static final long TABLE = spin(4000);

    public int add(int a, int b) {
        return TABLE == 0 ? -1 : a + b;
    }
}
