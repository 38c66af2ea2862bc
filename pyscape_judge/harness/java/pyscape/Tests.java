package pyscape;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

/** What both modes share: the job, the record channel, the watchdog and the user's classes. */
abstract class Tests implements Runnable {
    /** The user's {@code System.out} and {@code err} between tests. */
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    final Job job;
    final Channel channel;
    final Watchdog watchdog;
    /** The user's compiled classes (binary name to class file). */
    final Map<String, byte[]> classes;
    /** The user's source file, as stack traces name it ({@code Solution.java}). */
    final String userFile;
    final Map<String, byte[]> classCache = UserLoader.newCache();

    Tests(Job job, Channel channel, Watchdog watchdog, Map<String, byte[]> classes,
            String userFile) {
        this.job = job;
        this.channel = channel;
        this.watchdog = watchdog;
        this.classes = classes;
        this.userFile = userFile;
    }

    /** A fresh loader of the user's classes (fresh static fields). */
    UserLoader loader() {
        return new UserLoader(classes, classCache);
    }

    /** Send {@code ready}, run the tests up to the first failure, send {@code done}. */
    @Override
    public void run() {
        if (!load()) {
            return;
        }
        channel.event("ready");
        for (int i = 0; i < job.tests.size(); i++) {
            TestRecord record = runTest(i + 1, job.tests.get(i));
            if (!send(record) || !record.ok()) {
                break;
            }
        }
        channel.event("done");
    }

    /** Check that the user's code is there; false when a record already told why not. */
    abstract boolean load();

    abstract TestRecord runTest(int number, Job.Test test);

    /** Send a test's record unless the watchdog did; false when it did. */
    boolean send(TestRecord record) {
        if (!channel.claim(record.test)) {
            return false;
        }
        try {
            channel.send(record.toJson());
        } catch (OutOfMemoryError e) {
            channel.releaseReserve();
            channel.send(TestRecord.minimal(record.test, "memory", "java.lang.OutOfMemoryError"));
            record.fail("memory", null);
        }
        return true;
    }

    /** Fill a failed record from what the user's code threw. */
    void failWith(TestRecord record, Throwable failure) {
        if (failure instanceof OutputLimit) {
            record.fail("output_limit", "Output Limit Exceeded");
        } else if (failure instanceof OutOfMemoryError && !isThreadLimit(failure)) {
            channel.releaseReserve();
            record.fail("memory", Errors.describe(failure, userFile));
        } else {
            record.fail("error", Errors.describe(failure, userFile));
        }
    }

    /** "unable to create native thread": the pids limit, not the memory. */
    private static boolean isThreadLimit(Throwable failure) {
        String message = failure.getMessage();
        return message != null && message.contains("native thread");
    }

    static void redirect(PrintStream out, PrintStream err) {
        System.setOut(out);
        System.setErr(err);
    }
}
