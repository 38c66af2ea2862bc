package pyscape;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * PyScape's Java harness: runs inside the sandbox, never on trusted ground.
 *
 * <p>{@code java pyscape.Runner <user classes dir> <user file> <stack bytes>} reads one job
 * frame from stdin ({@code <length>\n<json>}), runs the tests in a thread with a large stack
 * (deep recursion) while the JVM's main thread watches their time, and writes one record per
 * test to the original stdout as {@code \n<nonce> <json>\n}. The host compares the answers.
 */
public final class Runner {
    private Runner() {}

    public static void main(String[] args) {
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        try {
            run(Paths.get(args[0]), args[1], Long.parseLong(args[2]), stderr);
        } catch (Throwable e) {
            e.printStackTrace(stderr);
            Runtime.getRuntime().halt(70);
        }
        Runtime.getRuntime().halt(0); // user threads may still run: nobody waits for them
    }

    private static void run(Path classes, String userFile, long stackBytes, PrintStream stderr)
            throws Exception {
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        Job job = Job.read(new FileInputStream(FileDescriptor.in));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Channel channel = new Channel(stdout, job.nonce);
        Watchdog watchdog = new Watchdog(channel);
        Tests tests = job.mode.equals("stdio")
                ? new StdioTests(job, channel, watchdog, classes, userFile)
                : new FunctionTests(job, channel, watchdog, classes, userFile);
        Thread worker = new Thread(null, () -> work(tests, watchdog, stderr), "main", stackBytes);
        worker.setDaemon(true);
        worker.start();
        watchdog.guard();
    }

    /** The tests' thread: a harness failure is reported on stderr and ends the JVM. */
    private static void work(Tests tests, Watchdog watchdog, PrintStream stderr) {
        try {
            tests.run();
        } catch (Throwable e) {
            e.printStackTrace(stderr);
            Runtime.getRuntime().halt(70);
        } finally {
            watchdog.finish();
        }
    }
}
