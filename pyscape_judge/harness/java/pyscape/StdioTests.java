package pyscape;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Stdio mode: each test runs the user's {@code Main.main} as a program of its own, in a fresh
 * class loader (static fields start clean), with the test's input as {@code System.in}; its
 * {@code System.out} is the answer, its {@code System.err} the record's {@code stdout}.
 */
final class StdioTests extends Tests {
    static final String MAIN = "Main";
    /** How many of stderr's last lines a failed exit shows. */
    private static final int ERROR_LINES = 5;

    StdioTests(Job job, Channel channel, Watchdog watchdog, Map<String, byte[]> classes,
            String userFile) {
        super(job, channel, watchdog, classes, userFile);
    }

    @Override
    boolean load() {
        try {
            mainMethod(Class.forName(MAIN, false, loader()));
            return true;
        } catch (ClassNotFoundException e) {
            channel.event("compile_error", "class Main is not defined: a program here is `public "
                    + "class Main` with `public static void main(String[] args)`");
        } catch (NoSuchMethodException e) {
            channel.event("compile_error",
                    "class Main has no `public static void main(String[] args)`");
        } catch (Throwable e) {
            channel.event("load_error", Errors.describe(e, userFile));
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
    TestRecord runTest(int number, Job.Test test) {
        byte[] input = job.input(test).readString().getBytes(StandardCharsets.UTF_8);
        Capture out = new Capture(job.stdoutLimit);
        Capture err = new Capture(job.stdoutLimit);
        PrintStream userOut = out.printStream();
        PrintStream userErr = err.printStream();
        System.setIn(new ByteArrayInputStream(input));
        redirect(userOut, userErr);
        watchdog.begin(number, test.timeLimitMs, err);
        Throwable failure = runMain();
        long nanos = watchdog.end();
        flushQuietly(userOut, userErr);
        redirect(QUIET, QUIET);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        return record(number, nanos, failure, out, err);
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

    private TestRecord record(int number, long nanos, Throwable failure, Capture out,
                              Capture err) {
        TestRecord record = new TestRecord(number, nanos);
        int exit = 0;
        if (failure instanceof Exit.Signal) {
            exit = ((Exit.Signal) failure).status;
            failure = null;
        }
        if (out.overflowed() || err.overflowed() || failure instanceof OutputLimit) {
            record.fail("output_limit", "Output Limit Exceeded");
        } else if (failure != null) {
            failWith(record, failure);
            appendQuietly(err, Errors.uncaught(failure, userFile));
        } else if (exit != 0) {
            record.fail("error", stderrTail(err, exit));
        }
        String printed = out.text();
        record.outputText = printed == null ? "" : printed;
        record.stdout = err.text();
        return record;
    }

    private static String stderrTail(Capture err, int exit) {
        String text = err.text();
        if (text == null || text.isBlank()) {
            return "exit code " + exit;
        }
        String[] lines = text.strip().split("\n");
        int from = Math.max(0, lines.length - ERROR_LINES);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    private static void appendQuietly(Capture capture, String text) {
        try {
            capture.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (OutputLimit e) {
            // the trace does not fit: the error field has it anyway
        }
    }

    private static void flushQuietly(PrintStream... streams) {
        for (PrintStream s : streams) {
            try {
                s.flush();
            } catch (Throwable e) {
                // an overflow shows in the capture's flag
            }
        }
    }
}
