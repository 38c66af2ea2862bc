package pyscape;

import java.util.Set;

/**
 * What a failure's {@code error} says: {@code {"type", "message", "line"}} (protocol v2). The
 * host shows the type and the line of a hidden test's failure, never its message, which the
 * user's code may build from the input; so the type and the line must not be the user's to
 * choose at run time:
 *
 * <ul>
 *   <li>the type is the name of a class compiled from the user's file, of the JDK or of the
 *       harness; an exception of a class made at run time (a class loader of the user's, a
 *       hidden class) is named by its nearest such superclass;
 *   <li>the line is a line of the user's file, or null (a stack trace can be forged);
 *   <li>nothing the user's classes override ({@code toString}, {@code getMessage}, {@code
 *       getStackTrace}) may break the harness: each is asked once, inside a try.
 * </ul>
 */
final class Errors {
    /** The longest message sent, in characters: it is for people, not a channel. */
    static final int MAX_MESSAGE = 1000;
    private static final int MAX_FRAMES = 30;
    private static final ClassLoader RUNNER = Errors.class.getClassLoader();
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    /** The user's source file, as stack traces name it ({@code Solution.java}). */
    private final String userFile;
    private final int userLines;
    private final Set<String> userClasses;
    private final Set<String> harnessClasses;

    Errors(Program program) {
        this.userFile = program.userFile;
        this.userLines = program.userLines;
        this.userClasses = program.user.keySet();
        this.harnessClasses = program.harness.keySet();
    }

    /** One structured error, as a record carries it. */
    static final class Report {
        final String type;
        final String message;
        /** The line in the user's file, or null. */
        final Integer line;

        Report(String type, String message, Integer line) {
            this.type = type;
            this.message = message;
            this.line = line;
        }

        void write(Json.Writer w) {
            w.beginObject().name("type").value(type).name("message").value(message).name("line");
            if (line == null) {
                w.nul();
            } else {
                w.value(line.longValue());
            }
            w.endObject();
        }
    }

    /**
     * {@code java.lang.ArithmeticException}, {@code / by zero}, the innermost line of the
     * user's file. A static initialiser's exception is said with its cause, as Java chains
     * them ({@code java.lang.ExceptionInInitializerError}, {@code
     * java.lang.IllegalStateException: boom}), at the cause's line.
     */
    Report describe(Throwable error) {
        if (error instanceof Exit.Signal) {
            return new Report("System.exit", "exit status " + ((Exit.Signal) error).status,
                    line(error));
        }
        Throwable cause = error.getClass() == ExceptionInInitializerError.class
                ? error.getCause() : null;
        if (cause == null) {
            return new Report(type(error.getClass()), message(error), line(error));
        }
        String causeMessage = message(cause);
        String chained = type(cause.getClass()) + (causeMessage.isEmpty() ? "" : ": " + causeMessage);
        Integer line = line(cause);
        return new Report(type(error.getClass()), cut(chained), line != null ? line : line(error));
    }

    /** The name of {@code cls}, or of its nearest superclass whose name is not made at run time. */
    String type(Class<?> cls) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            if (c.isHidden()) {
                continue;
            }
            ClassLoader loader = c.getClassLoader();
            if (loader == null || loader == PLATFORM) {
                return c.getName();
            }
            boolean harness = loader == RUNNER
                    || loader instanceof UserLoader && harnessClasses.contains(c.getName());
            if (harness) {
                return c.getSimpleName();
            }
            if (loader instanceof UserLoader && userClasses.contains(c.getName())) {
                return c.getName();
            }
        }
        return Throwable.class.getName();
    }

    /** The exception's message ({@code ""} for none), cut at {@link #MAX_MESSAGE}. */
    static String message(Throwable error) {
        try {
            String message = error.getMessage();
            return message == null ? "" : cut(message);
        } catch (Throwable e) {
            return "";
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
    }

    /** The line of the innermost frame in the user's file, if it is a line of that file. */
    Integer line(Throwable error) {
        try {
            for (StackTraceElement frame : error.getStackTrace()) {
                if (userFile.equals(frame.getFileName())) {
                    int line = frame.getLineNumber();
                    return line >= 1 && line <= userLines ? line : null;
                }
            }
        } catch (Throwable e) {
            // a stack trace the user's class made up: no line
        }
        return null;
    }

    /**
     * What a JVM prints for an uncaught exception, on the program's stderr: its frames cut
     * after the user's (the harness's reflection frames are noise) and at {@link #MAX_FRAMES}.
     */
    String uncaught(Throwable error) {
        StringBuilder text = new StringBuilder("Exception in thread \"main\" ");
        try {
            text.append(error);
            boolean seenUser = false;
            int shown = 0;
            for (StackTraceElement frame : error.getStackTrace()) {
                boolean mine = userFile.equals(frame.getFileName());
                if (!mine && seenUser) {
                    break;
                }
                if (++shown > MAX_FRAMES) {
                    text.append("\n\t...");
                    break;
                }
                seenUser |= mine;
                text.append("\n\tat ").append(frame);
            }
        } catch (Throwable e) {
            text.append(type(error.getClass()));
        }
        return text.append('\n').toString();
    }
}
