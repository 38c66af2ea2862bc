package pyscape;

/** One test's record: {@code {"test": 1, "status": "ok", "output": ..., ...}}. */
final class TestRecord {
    final int test;
    final long nanos;
    String status = "ok";
    /** The answer as JSON text (function mode), or null. */
    String outputJson;
    /** The program's stdout (stdio mode), or null. */
    String outputText;
    String stdout;
    String error;

    TestRecord(int test, long nanos) {
        this.test = test;
        this.nanos = nanos;
    }

    void fail(String status, String error) {
        this.status = status;
        this.error = error;
    }

    boolean ok() {
        return status.equals("ok");
    }

    String toJson() {
        Json.Writer w = new Json.Writer().beginObject();
        w.name("test").value(test).name("status").value(status);
        w.name("output");
        if (outputText != null) {
            w.value(outputText);
        } else {
            w.raw(outputJson);
        }
        w.name("stdout").value(stdout).name("error").value(error);
        w.name("time_ms").value(Math.round(nanos / 1000.0) / 1000.0);
        w.name("memory_kb").value(Memory.peakKb());
        return w.endObject().toString();
    }

    /** The smallest record, for when the heap is too full to build the real one. */
    static String minimal(int test, String status, String error) {
        return "{\"test\":" + test + ",\"status\":\"" + status + "\",\"error\":\"" + error + "\"}";
    }
}
