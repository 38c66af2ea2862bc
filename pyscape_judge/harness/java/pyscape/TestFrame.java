package pyscape;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A frame after the job: one test ({@code {"test": 3, "input": ..., "wall_ms": 7000}}) or the
 * end ({@code {"end": true}}). The input stays a span of the frame's text until the test runs.
 * {@code wall_ms} is the host's backstop, not a limit the harness keeps: it is not read.
 */
final class TestFrame {
    /** The test's number (from 1); 0 for the end frame. */
    final int number;
    private final String text;
    private final int inputStart;
    private final int inputEnd;

    private TestFrame(int number, String text, int inputStart, int inputEnd) {
        this.number = number;
        this.text = text;
        this.inputStart = inputStart;
        this.inputEnd = inputEnd;
    }

    boolean isEnd() {
        return number == 0;
    }

    /** A reader over the test's input (an argument list, or a stdin string). */
    Json.Reader input() {
        return new Json.Reader(text, inputStart, inputEnd);
    }

    static TestFrame read(InputStream in) throws IOException {
        String text = new String(Frame.read(in), StandardCharsets.UTF_8);
        Json.Reader r = new Json.Reader(text);
        int number = 0;
        boolean end = false;
        int[] input = null;
        r.beginObject();
        for (String name; (name = r.nextName()) != null; ) {
            switch (name) {
                case "test": number = r.readInt(); break;
                case "input": input = r.skipValue(); break;
                case "end": end = r.readBoolean(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        if (end) {
            return new TestFrame(0, text, 0, 0);
        }
        if (number < 1 || input == null) {
            throw new IOException("expected a test frame or the end frame, got " + text.length()
                    + " characters without a test number and an input");
        }
        return new TestFrame(number, text, input[0], input[1]);
    }
}
