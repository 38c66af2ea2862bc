package pyscape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The job frame ({@code <length>\n<json>}): nonce, mode, output limit, and the tests, whose
 * inputs stay spans of the job's text until their test runs.
 */
final class Job {
    final String text;
    String nonce;
    String mode = "function";
    long stdoutLimit = 1 << 20;
    final List<Test> tests = new ArrayList<>();

    /** One test: where its input is in the job's text, and its time limit. */
    static final class Test {
        int inputStart;
        int inputEnd;
        long timeLimitMs = 2000;
    }

    private Job(String text) {
        this.text = text;
    }

    /** A reader over test {@code t}'s input. */
    Json.Reader input(Test t) {
        return new Json.Reader(text, t.inputStart, t.inputEnd);
    }

    static Job read(InputStream in) throws IOException {
        Job job = new Job(new String(Frame.read(in), StandardCharsets.UTF_8));
        job.parse(new Json.Reader(job.text));
        return job;
    }

    private void parse(Json.Reader r) {
        r.beginObject();
        for (String name; (name = r.nextName()) != null; ) {
            switch (name) {
                case "nonce": nonce = r.readString(); break;
                case "mode": mode = r.readString(); break;
                case "stdout_limit": stdoutLimit = r.readLong(); break;
                case "tests": parseTests(r); break;
                default: r.skipValue();
            }
        }
        r.endObject();
    }

    private void parseTests(Json.Reader r) {
        r.beginArray();
        while (r.hasNext()) {
            Test t = new Test();
            r.beginObject();
            for (String name; (name = r.nextName()) != null; ) {
                if (name.equals("input")) {
                    int[] span = r.skipValue();
                    t.inputStart = span[0];
                    t.inputEnd = span[1];
                } else if (name.equals("time_limit_ms") && !r.readNull()) {
                    t.timeLimitMs = r.readLong();
                } else if (!name.equals("time_limit_ms")) {
                    r.skipValue();
                }
            }
            r.endObject();
            tests.add(t);
        }
        r.endArray();
    }
}
