package pyscape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes records as {@code \n<nonce> <json>\n} on the original stdout, which the user's code
 * never gets (its {@code System.out} is a per-test {@link Capture}). Only the runner holds a
 * channel; every record is built here or by {@link TestRecord} from values the runner chose.
 */
final class Channel {
    /** The fixed nonce of the {@code primed} record, written before any nonce is known. */
    static final String PRIMED_NONCE = "pyscape-primed";

    private final OutputStream out;
    private final String prefix;
    /** Released when the heap is exhausted, so that the last records can still be built. */
    private byte[] reserve = new byte[1 << 20];

    Channel(OutputStream out, String nonce) {
        this.out = out;
        this.prefix = "\n" + nonce + " ";
    }

    /** Say that the runner is loaded and about to read the submission frame. */
    static void primed(OutputStream out) {
        new Channel(out, PRIMED_NONCE).event("primed");
    }

    synchronized void send(String json) {
        try {
            out.write((prefix + json + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            Runtime.getRuntime().halt(75); // the host is gone
        }
    }

    /** A record with nothing but its event: {@code {"event": "ready"}}. */
    void event(String name) {
        send("{\"event\":\"" + name + "\"}");
    }

    /** The user's code does not fit the judge (no {@code Main}, no driver). */
    void compileError(String message) {
        send(new Json.Writer().beginObject().name("event").value("compile_error")
                .name("message").value(message).endObject().toString());
    }

    /** The user's code threw while its classes were loaded. */
    void loadError(Errors.Report error) {
        Json.Writer w = new Json.Writer().beginObject().name("event").value("load_error");
        error.write(w.name("error"));
        send(w.endObject().toString());
    }

    /** Free the reserve after an OutOfMemoryError. */
    void releaseReserve() {
        reserve = null;
    }
}
