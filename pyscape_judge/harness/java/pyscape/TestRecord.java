package pyscape;

/**
 * One test's record: {@code {"event": "test", "test": 1, "status": "ok", "output": ...,
 * "stdout": ..., "error": null, "time_ms": 0.12, "memory_kb": 9876}}. The figures are hints
 * for debugging: the host measures the time and the memory itself.
 */
final class TestRecord {
    final int test;
    final long nanos;
    String status = "ok";
    /** The answer as JSON text (function mode), or null. */
    String outputJson;
    /** The program's stdout (stdio mode), or null. */
    String outputText;
    /** What the user's code printed (its stderr in stdio mode); null when nothing. */
    String stdout;
    Errors.Report error;

    TestRecord(int test, long nanos) {
        this.test = test;
        this.nanos = nanos;
    }

    void fail(String status, Errors.Report error) {
        this.status = status;
        this.error = error;
    }

    String toJson() {
        Json.Writer w = new Json.Writer().beginObject();
        w.name("event").value("test").name("test").value(test).name("status").value(status);
        w.name("output");
        if (outputText != null) {
            w.value(outputText);
        } else {
            w.raw(outputJson);
        }
        w.name("stdout").value(stdout).name("error");
        if (error == null) {
            w.nul();
        } else {
            error.write(w);
        }
        w.name("time_ms").value(Math.round(nanos / 1000.0) / 1000.0);
        w.name("memory_kb").value(Memory.peakKb());
        return w.endObject().toString();
    }

    /** The smallest record of a test, for when the heap is too full to build the real one. */
    static String outOfMemory(int test) {
        return "{\"event\":\"test\",\"test\":" + test + ",\"status\":\"memory\",\"output\":null,"
                + "\"stdout\":null,\"error\":{\"type\":\"java.lang.OutOfMemoryError\","
                + "\"message\":\"\",\"line\":null},\"time_ms\":0,\"memory_kb\":0}";
    }
}
