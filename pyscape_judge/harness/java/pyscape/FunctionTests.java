package pyscape;

import java.io.PrintStream;

/** Function mode: each test's arguments go through the generated driver to the user's method. */
final class FunctionTests extends Tests {
    static final String DRIVER = "PyscapeDriver";
    private Entry driver;

    FunctionTests(Job job, Channel channel, Program program) {
        super(job, channel, program);
    }

    /**
     * Load the driver and initialise the user's class ({@code Solution}, or the design class):
     * its static initialisers run now, in the load phase, whose CPU time the host budgets.
     */
    @Override
    boolean load() {
        try {
            UserLoader loader = loader();
            driver = (Entry) Class.forName(DRIVER, true, loader).getDeclaredConstructor()
                    .newInstance();
            Class.forName(program.mainClass(), true, loader);
            return true;
        } catch (ClassNotFoundException e) {
            channel.compileError("the driver was not compiled");
        } catch (Throwable e) {
            channel.loadError(errors.describe(e));
        }
        return false;
    }

    @Override
    TestRecord runTest(TestFrame frame) {
        Capture capture = new Capture(job.stdoutLimit);
        PrintStream printed = capture.printStream();
        Json.Writer output = new Json.Writer(job.stdoutLimit);
        Throwable failure = null;
        redirect(printed, printed);
        long started = System.nanoTime();
        try {
            driver.run(frame.input(), output);
            output.checkLimit();
        } catch (Throwable e) {
            failure = e;
        }
        long nanos = System.nanoTime() - started;
        redirect(QUIET, QUIET);
        TestRecord record = new TestRecord(frame.number, nanos);
        if (capture.overflowed()) {
            record.fail("output_limit", null);
            return record;
        }
        record.stdout = capture.text();
        if (failure != null) {
            failWith(record, failure);
        } else {
            record.outputJson = output.toString();
        }
        return record;
    }
}
