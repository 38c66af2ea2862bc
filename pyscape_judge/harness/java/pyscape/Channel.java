package pyscape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes records as {@code \n<nonce> <json>\n} on the original stdout, which the user's code
 * never gets (its {@code System.out} is a per-test {@link Capture}).
 */
final class Channel {
    private final OutputStream out;
    private final String prefix;
    /** The last test whose record was sent (or claimed by the watchdog). */
    private int claimed;
    /** Released when the heap is exhausted, so that the last records can still be built. */
    private byte[] reserve = new byte[1 << 20];

    Channel(OutputStream out, String nonce) {
        this.out = out;
        this.prefix = "\n" + nonce + " ";
    }

    synchronized void send(String json) {
        try {
            out.write((prefix + json + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            Runtime.getRuntime().halt(75); // the host is gone
        }
    }

    void event(String name) {
        send("{\"event\":\"" + name + "\"}");
    }

    void event(String name, String message) {
        send(new Json.Writer().beginObject().name("event").value(name)
                .name("message").value(message).endObject().toString());
    }

    /** Whether the record of {@code test} is still to be sent; the caller then sends it. */
    synchronized boolean claim(int test) {
        if (test <= claimed) {
            return false;
        }
        claimed = test;
        return true;
    }

    /** Free the reserve after an OutOfMemoryError. */
    void releaseReserve() {
        reserve = null;
    }
}
