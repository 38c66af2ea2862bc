package pyscape;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The run of a loaded program, the same in both modes: read the job frame, load the user's
 * classes ({@code ready}, or why not), then answer one test frame at a time until the end
 * frame ({@code done}). After a failed test the host sends nothing more and kills the sandbox.
 */
abstract class Tests {
    /** The user's {@code System.out} and {@code err} outside tests (loading included). */
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    final Job job;
    final Channel channel;
    final Program program;
    final Errors errors;
    private final Map<String, byte[]> classCache = UserLoader.newCache();

    Tests(Job job, Channel channel, Program program) {
        this.job = job;
        this.channel = channel;
        this.program = program;
        this.errors = new Errors(program);
    }

    /** Read the job from {@code in}, then run {@code program}'s tests, records to {@code out}. */
    static void serve(InputStream in, OutputStream out, Program program) throws IOException {
        Job job = Job.read(in);
        Channel channel = new Channel(out, job.nonce);
        Tests tests = job.stdio()
                ? new StdioTests(job, channel, program)
                : new FunctionTests(job, channel, program);
        tests.run(in);
    }

    private void run(InputStream in) throws IOException {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        redirect(QUIET, QUIET);
        if (!load()) {
            return;
        }
        channel.event("ready");
        for (TestFrame frame = TestFrame.read(in); !frame.isEnd(); frame = TestFrame.read(in)) {
            answer(frame);
        }
        channel.event("done");
    }

    /**
     * Run one test and send its record; with the heap full (the test's own captures may have
     * filled it), the smallest record that says so.
     */
    private void answer(TestFrame frame) {
        try {
            channel.send(runTest(frame).toJson());
        } catch (OutOfMemoryError e) {
            channel.releaseReserve();
            channel.send(TestRecord.outOfMemory(frame.number));
        }
    }

    /** A fresh loader of the user's classes (fresh static fields). */
    UserLoader loader() {
        return new UserLoader(program, classCache);
    }

    /**
     * Load the user's code; false when a record ({@code compile_error}, {@code load_error})
     * already told why not.
     */
    abstract boolean load();

    abstract TestRecord runTest(TestFrame frame);

    /** Fill a failed record from what the user's code threw. */
    void failWith(TestRecord record, Throwable failure) {
        if (failure instanceof OutputLimit) {
            record.fail("output_limit", null);
        } else if (failure instanceof OutOfMemoryError && !isThreadLimit(failure)) {
            channel.releaseReserve();
            record.fail("memory", errors.describe(failure));
        } else {
            record.fail("error", errors.describe(failure));
        }
    }

    /** "unable to create native thread": the pids limit, not the memory. */
    private static boolean isThreadLimit(Throwable failure) {
        return Errors.message(failure).contains("native thread");
    }

    static void redirect(PrintStream out, PrintStream err) {
        System.setOut(out);
        System.setErr(err);
    }
}
