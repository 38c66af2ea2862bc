package pyscape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The job frame ({@code <length>\n<json>}): the nonce of the records, the mode and the bytes a
 * test may print. It holds no test input: each test comes in a frame of its own, in its turn
 * ({@link TestFrame}). The signature and the number of tests it carries are the host's
 * business (the driver was generated from the signature).
 */
final class Job {
    final String nonce;
    final String mode;
    final long stdoutLimit;

    private Job(String nonce, String mode, long stdoutLimit) {
        this.nonce = nonce;
        this.mode = mode;
        this.stdoutLimit = stdoutLimit;
    }

    boolean stdio() {
        return mode.equals("stdio");
    }

    static Job read(InputStream in) throws IOException {
        Json.Reader r = new Json.Reader(new String(Frame.read(in), StandardCharsets.UTF_8));
        String nonce = null;
        String mode = "function";
        long stdoutLimit = 1 << 20;
        r.beginObject();
        for (String name; (name = r.nextName()) != null; ) {
            switch (name) {
                case "nonce": nonce = r.readString(); break;
                case "mode": mode = r.readString(); break;
                case "stdout_limit": stdoutLimit = r.readLong(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        if (nonce == null || nonce.isEmpty()) {
            throw new IOException("the job frame has no nonce");
        }
        return new Job(nonce, mode, stdoutLimit);
    }
}
