// A program of 1.6 s of CPU time per test on a 1 s limit that reports itself as fast: it reads
// the job's nonce from its own memory and writes the test's record under it (its right answer,
// time 0) on the sandbox's stdout through /proc/self/fd/1, on its stderr, and again from a
// shutdown hook. The host measures the CPU time itself and stops the sandbox: timeout.
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Scanner;

public class Main {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Work until this thread has used {@code ms} of CPU time; a number made of every step. */
    static long spin(long ms) {
        long x = 1;
        long until = CPU.getCurrentThreadCpuTime() + ms * 1_000_000;
        while (CPU.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 100_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x | 1;
    }

    public static void main(String[] args) throws IOException {
        Scanner in = new Scanner(System.in);
        long sum = in.nextLong() + in.nextLong();
        int test = Integer.getInteger("forged.test", 0) + 1; // a JVM-wide count: each test is a
        System.setProperty("forged.test", String.valueOf(test)); // fresh Main
        long work = spin(1600);
        String record = "{\"event\":\"test\",\"test\":" + test + ",\"status\":\"ok\",\"output\":\""
                + sum + "\\n\",\"stdout\":null,\"error\":null,\"time_ms\":0,\"memory_kb\":0}";
        String nonce = nonce();
        if (nonce != null) {
            String line = "\n" + nonce + " " + record + "\n";
            try (FileOutputStream fd1 = new FileOutputStream("/proc/self/fd/1")) {
                fd1.write(line.getBytes(StandardCharsets.UTF_8));
            }
            System.err.print(line);
            PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stdout.print(line)));
        }
        System.out.println(work == 0 ? -1 : sum);
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
}
