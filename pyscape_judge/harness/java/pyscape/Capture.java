package pyscape;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What the user's code prints during one test, kept in memory up to {@code limit} bytes. */
final class Capture extends OutputStream {
    private final int limit;
    private byte[] data = new byte[256];
    private int size;
    private volatile boolean overflow;

    Capture(long limit) {
        this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    }

    /** A PrintStream on this capture, as the user's {@code System.out} (or {@code err}). */
    PrintStream printStream() {
        return new PrintStream(this, false, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (overflow) {
            throw new OutputLimit();
        }
        if (length > limit - size) {
            overflow = true;
            throw new OutputLimit();
        }
        if (size + length > data.length) {
            data = Arrays.copyOf(data, Math.min(limit, Math.max(size + length, data.length * 2)));
        }
        System.arraycopy(bytes, offset, data, size, length);
        size += length;
    }

    boolean overflowed() {
        return overflow;
    }

    /** The text printed so far ({@code null} when nothing was). */
    synchronized String text() {
        return size == 0 ? null : new String(data, 0, size, StandardCharsets.UTF_8);
    }
}
