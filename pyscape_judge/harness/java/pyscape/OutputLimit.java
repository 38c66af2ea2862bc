package pyscape;

/** Thrown into the user's code when it prints past the test's output limit. */
public final class OutputLimit extends Error {
    OutputLimit() {
        super("Output Limit Exceeded", null, false, false);
    }
}
