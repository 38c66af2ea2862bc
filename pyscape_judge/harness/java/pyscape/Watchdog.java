package pyscape;

/**
 * Watches the running test's time from the JVM's main thread: past its limit, it sends the
 * test's {@code timeout} record and returns, and the runner halts the JVM (a thread stuck in
 * the user's code cannot be stopped otherwise).
 */
final class Watchdog {
    /** How long past its limit a test may run before the watchdog steps in. */
    private static final long GRACE_NANOS = 50_000_000L;

    private final Channel channel;
    private int test;
    private long startedNanos;
    private long limitNanos;
    private Capture shown;
    private boolean active;
    private boolean finished;

    Watchdog(Channel channel) {
        this.channel = channel;
    }

    /** Test {@code test} starts now; {@code shown} is the capture its timeout record shows. */
    synchronized void begin(int test, long limitMs, Capture shown) {
        this.test = test;
        this.limitNanos = limitMs * 1_000_000L;
        this.shown = shown;
        this.active = true;
        this.startedNanos = System.nanoTime();
        notifyAll();
    }

    /** The test ended; its wall time in nanoseconds. */
    synchronized long end() {
        active = false;
        return System.nanoTime() - startedNanos;
    }

    /** Every test ran (or the runner gave up). */
    synchronized void finish() {
        finished = true;
        notifyAll();
    }

    /** Wait until the tests finish, or until one runs over its time (its record is sent). */
    synchronized void guard() throws InterruptedException {
        while (!finished) {
            if (!active) {
                wait();
                continue;
            }
            long left = startedNanos + limitNanos + GRACE_NANOS - System.nanoTime();
            if (left <= 0) {
                timeout();
                return;
            }
            wait(left / 1_000_000L + 1);
        }
    }

    private void timeout() {
        if (!channel.claim(test)) {
            return; // the test's own record went out first
        }
        TestRecord record = new TestRecord(test, System.nanoTime() - startedNanos);
        record.fail("timeout", "Time Limit Exceeded");
        record.stdout = shown == null ? null : shown.text();
        channel.send(record.toJson());
        channel.event("done");
    }
}
