package pyscape;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The process's peak resident memory, as the kernel counts it. */
final class Memory {
    private static final byte[] KEY = "VmHWM:".getBytes(StandardCharsets.US_ASCII);
    /** /proc/self/status is read into this buffer: no allocation, even with the heap full. */
    private static final byte[] BUFFER = new byte[8192];

    private Memory() {}

    /** VmHWM of /proc/self/status in kB (0 when unreadable). */
    static synchronized long peakKb() {
        int size = 0;
        try (FileInputStream in = new FileInputStream("/proc/self/status")) {
            int n;
            while (size < BUFFER.length
                    && (n = in.read(BUFFER, size, BUFFER.length - size)) > 0) {
                size += n;
            }
        } catch (IOException | OutOfMemoryError e) {
            return 0;
        }
        return valueAfter(KEY, size);
    }

    /** Start {@link #peakKb()} again from the current resident memory (Linux 4.0+). */
    static void resetPeak() {
        try (FileOutputStream out = new FileOutputStream("/proc/self/clear_refs")) {
            out.write('5');
        } catch (IOException e) {
            // an older kernel, or no /proc: the peak stays the process's
        }
    }

    /** The number that follows {@code key} in the buffer's first {@code size} bytes, or 0. */
    private static long valueAfter(byte[] key, int size) {
        outer:
        for (int i = 0; i + key.length <= size; i++) {
            for (int k = 0; k < key.length; k++) {
                if (BUFFER[i + k] != key[k]) {
                    continue outer;
                }
            }
            long value = 0;
            for (int j = i + key.length; j < size && BUFFER[j] != '\n'; j++) {
                if (BUFFER[j] >= '0' && BUFFER[j] <= '9') {
                    value = value * 10 + (BUFFER[j] - '0');
                }
            }
            return value;
        }
        return 0;
    }
}
