package pyscape;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * PyScape's Java harness: runs inside the sandbox, never on trusted ground.
 *
 * <p>{@code java pyscape.Runner <stack bytes>} is started with the prime. While no submission
 * is waiting it warms its compiler up ({@link Compiler#warmUp()}); then it reads the
 * submission frame, compiles it in this JVM and says {@code compiled} ({@link Program}), reads
 * the job frame ({@code <length>\n<json>}), runs the tests in a thread with a large stack
 * (deep recursion) while the JVM's main thread watches their time, and writes one record per
 * test to the original stdout as {@code \n<nonce> <json>\n}. The host compares the answers.
 */
public final class Runner {
    private Runner() {}

    public static void main(String[] args) {
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        try {
            run(Long.parseLong(args[0]), stderr);
        } catch (Throwable e) {
            e.printStackTrace(stderr);
            Runtime.getRuntime().halt(70);
        }
        Runtime.getRuntime().halt(0); // user threads may still run: nobody waits for them
    }

    private static void run(long stackBytes, PrintStream stderr) throws Exception {
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        if (stdin.available() == 0) {
            Compiler.warmUp(); // a warm sandbox; a cold one has its submission waiting
        }
        Program program = Program.receive(stdin, stdout, stderr);
        if (program == null) {
            stderr.flush();
            Runtime.getRuntime().halt(1);
        }
        Job job = Job.read(stdin);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Channel channel = new Channel(stdout, job.nonce);
        Watchdog watchdog = new Watchdog(channel);
        Tests tests = job.mode.equals("stdio")
                ? new StdioTests(job, channel, watchdog, program.classes, program.userFile)
                : new FunctionTests(job, channel, watchdog, program.classes, program.userFile);
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
