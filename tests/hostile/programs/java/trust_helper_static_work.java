// Does 4 s of CPU work in the static initialiser of a helper class that the first test loads
// (not Solution, which the harness initialises while loading): the work runs in test 1, on its
// 1 s of CPU time: timeout.
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

class Solution {
    static final class Table {
        static final long VALUE = spin(4000);
    }

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

    public int add(int a, int b) {
        return Table.VALUE == 0 ? -1 : a + b;
    }
}
