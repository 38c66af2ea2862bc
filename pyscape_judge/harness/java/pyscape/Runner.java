package pyscape;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * PyScape's Java harness: runs inside the sandbox, never on trusted ground. It speaks protocol
 * v2 (docs/harness-protocol.md).
 *
 * <p>{@code java pyscape.Runner <stack bytes>} is started with the prime. It warms its compiler
 * up ({@link Compiler#warmUp()}), says {@code primed}, reads the submission frame, compiles it
 * in this JVM and says {@code compiled} ({@link Program}), then waits for the {@code go} frame:
 * none of the user's code exists in the JVM before it. Then, in a thread with a large stack
 * (deep recursion), it reads the job frame, loads the user's classes (their static
 * initialisers run here, on the host's load budget), and answers one test frame at a time
 * until the end frame ({@link Tests}). Time limits are the host's: it reads the sandbox's CPU
 * time from outside and kills the sandbox, so nothing here watches the clock.
 */
public final class Runner {
    private static final byte[] GO = {'g', 'o'};

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
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        Compiler.warmUp();
        Channel.primed(stdout);
        Program program = Program.receive(stdin, stdout, stderr);
        if (program == null) {
            stderr.flush();
            Runtime.getRuntime().halt(1);
        }
        awaitGo(stdin);
        Thread worker = new Thread(null, () -> work(stdin, stdout, program, stderr), "main",
                stackBytes);
        worker.setDaemon(true);
        worker.start();
        worker.join();
    }

    /** The tests' thread: a harness failure is reported on stderr and ends the JVM. */
    private static void work(InputStream stdin, OutputStream stdout, Program program,
            PrintStream stderr) {
        try {
            Tests.serve(stdin, stdout, program);
        } catch (Throwable e) {
            e.printStackTrace(stderr);
            Runtime.getRuntime().halt(70);
        }
    }

    /** The host's word that the user's code may run from now on. */
    private static void awaitGo(InputStream stdin) throws IOException {
        byte[] frame = Frame.read(stdin);
        if (!Arrays.equals(frame, GO)) {
            throw new IOException("expected the go frame, got " + frame.length + " bytes");
        }
    }
}
