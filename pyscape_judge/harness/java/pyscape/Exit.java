package pyscape;

/**
 * Where the user's {@code System.exit(n)} calls land: {@link UserLoader} redirects them here,
 * so that an exit ends the test (the program, in stdio mode), not the JVM that runs them all.
 */
public final class Exit {
    private Exit() {}

    public static void exit(int status) {
        throw new Signal(status);
    }

    /** Thrown by a redirected {@code System.exit(status)}. */
    public static final class Signal extends Error {
        public final int status;

        Signal(int status) {
            super("System.exit(" + status + ")", null, false, true);
            this.status = status;
        }

        @Override
        public String toString() {
            return "System.exit(" + status + ") was called";
        }
    }
}
