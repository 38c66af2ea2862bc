package pyscape;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;

/**
 * Stdio mode: each test runs the user's {@code Main.main} as a program of its own, in a fresh
 * class loader (static fields start clean, and static initialisers run in the test), with the
 * test's input as {@code System.in}; its {@code System.out} is the answer, its {@code
 * System.err} the record's {@code stdout}.
 */
final class StdioTests extends Tests {
    static final String MAIN = "Main";

    StdioTests(Job job, Channel channel, Program program) {
        super(job, channel, program);
    }

    /** Check that {@code Main.main} is there, without initialising {@code Main}. */
    @Override
    boolean load() {
        try {
            mainMethod(Class.forName(MAIN, false, loader()));
            return true;
        } catch (ClassNotFoundException e) {
            channel.compileError("class Main is not defined: a program here is `public "
                    + "class Main` with `public static void main(String[] args)`");
        } catch (NoSuchMethodException e) {
            channel.compileError("class Main has no `public static void main(String[] args)`");
        } catch (Throwable e) {
            channel.loadError(errors.describe(e));
        }
        return false;
    }

    private static Method mainMethod(Class<?> cls) throws NoSuchMethodException {
        Method main = cls.getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new NoSuchMethodException("main is not static");
        }
        main.setAccessible(true);
        return main;
    }

    @Override
    TestRecord runTest(TestFrame frame) {
        byte[] input = frame.input().readString().getBytes(StandardCharsets.UTF_8);
        Capture out = new Capture(job.stdoutLimit);
        Capture err = new Capture(job.stdoutLimit);
        System.setIn(new ByteArrayInputStream(input));
        redirect(out.printStream(), err.printStream());
        long started = System.nanoTime();
        Throwable failure = runMain();
        long nanos = System.nanoTime() - started;
        redirect(QUIET, QUIET);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        return record(frame.number, nanos, failure, out, err);
    }

    /** Run the program; what it threw (an exit's {@link Exit.Signal} included), or null. */
    private Throwable runMain() {
        try {
            mainMethod(Class.forName(MAIN, false, loader())).invoke(null, (Object) new String[0]);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (Throwable e) {
            return e;
        }
    }

    /** An exit with status 0 is a normal end; any other status, an error at the exit's line. */
    private TestRecord record(int number, long nanos, Throwable failure, Capture out,
                              Capture err) {
        TestRecord record = new TestRecord(number, nanos);
        if (out.overflowed() || err.overflowed() || failure instanceof OutputLimit) {
            record.fail("output_limit", null);
            return record;
        }
        if (failure instanceof Exit.Signal) {
            if (((Exit.Signal) failure).status != 0) {
                record.fail("error", errors.describe(failure));
            }
        } else if (failure != null) {
            failWith(record, failure);
            appendQuietly(err, errors.uncaught(failure));
        }
        String printed = out.text();
        record.outputText = printed == null ? "" : printed;
        record.stdout = err.text();
        return record;
    }

    private static void appendQuietly(Capture capture, String text) {
        try {
            capture.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (OutputLimit e) {
            // the trace does not fit: the error field has it anyway
        }
    }
}
