package pyscape;

/** What a test's {@code error} says of an exception: {@code Type: message}, the user's line. */
final class Errors {
    private Errors() {}

    /**
     * {@code java.lang.ArithmeticException: / by zero} plus {@code \n  Line 7 in twoSum
     * (Solution.java)}: the innermost frame in the user's file, if any.
     */
    static String describe(Throwable error, String userFile) {
        StringBuilder text = new StringBuilder(String.valueOf(error));
        Throwable located = error;
        if (error instanceof ExceptionInInitializerError && error.getCause() != null) {
            located = error.getCause();
            text.append("\nCaused by: ").append(located);
        }
        StackTraceElement frame = userFrame(located, userFile);
        if (frame == null && located != error) {
            frame = userFrame(error, userFile);
        }
        if (frame != null) {
            text.append("\n  Line ").append(frame.getLineNumber()).append(" in ")
                    .append(methodName(frame)).append(" (").append(userFile).append(")");
        }
        return text.toString();
    }

    /** The innermost frame of {@code error} in {@code userFile}, or null. */
    static StackTraceElement userFrame(Throwable error, String userFile) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (userFile.equals(frame.getFileName())) {
                return frame;
            }
        }
        return null;
    }

    private static String methodName(StackTraceElement frame) {
        String name = frame.getMethodName();
        if (name.equals("<init>")) {
            String cls = frame.getClassName();
            return cls.substring(cls.lastIndexOf('.') + 1).replace('$', '.');
        }
        return name.equals("<clinit>") ? "static initializer" : name;
    }

    /**
     * What a JVM prints for an uncaught exception, its frames cut after the user's (the
     * harness's reflection frames are noise) and at {@link #MAX_FRAMES}.
     */
    static String uncaught(Throwable error, String userFile) {
        StringBuilder text = new StringBuilder("Exception in thread \"main\" ").append(error);
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
        return text.append('\n').toString();
    }

    private static final int MAX_FRAMES = 30;
}
