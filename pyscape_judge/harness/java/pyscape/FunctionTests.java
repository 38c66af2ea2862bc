package pyscape;

import java.io.PrintStream;
import java.util.Map;

/** Function mode: each test's arguments go through the generated driver to the user's method. */
final class FunctionTests extends Tests {
    static final String DRIVER = "PyscapeDriver";
    private Entry driver;

    FunctionTests(Job job, Channel channel, Watchdog watchdog, Map<String, byte[]> classes,
            String userFile) {
        super(job, channel, watchdog, classes, userFile);
    }

    /** Load the driver (not the user's classes: they initialize in the first test, timed). */
    @Override
    boolean load() {
        try {
            Class<?> cls = Class.forName(DRIVER, true, loader());
            driver = (Entry) cls.getDeclaredConstructor().newInstance();
            return true;
        } catch (ClassNotFoundException e) {
            channel.event("compile_error", "the driver was not compiled");
        } catch (Throwable e) {
            channel.event("load_error", Errors.describe(e, userFile));
        }
        return false;
    }

    @Override
    TestRecord runTest(int number, Job.Test test) {
        Capture capture = new Capture(job.stdoutLimit);
        PrintStream printed = capture.printStream();
        Json.Writer output = new Json.Writer();
        Throwable failure = null;
        redirect(printed, printed);
        watchdog.begin(number, test.timeLimitMs, capture);
        try {
            driver.run(job.input(test), output);
        } catch (Throwable e) {
            failure = e;
        }
        long nanos = watchdog.end();
        printed.flush();
        redirect(QUIET, QUIET);
        TestRecord record = new TestRecord(number, nanos);
        if (capture.overflowed()) {
            record.fail("output_limit", "Output Limit Exceeded");
        } else if (failure != null) {
            failWith(record, failure);
            record.stdout = capture.text();
        } else {
            record.outputJson = output.toString();
            record.stdout = capture.text();
        }
        return record;
    }
}
