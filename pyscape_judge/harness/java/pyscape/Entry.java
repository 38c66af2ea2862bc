package pyscape;

/**
 * What the driver generated on the host from the signature implements: decode one test's
 * input (the JSON array of arguments), call the user's code, encode the answer.
 */
public interface Entry {
    void run(Json.Reader input, Json.Writer output) throws Throwable;
}
