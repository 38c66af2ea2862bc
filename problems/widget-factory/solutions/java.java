import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;

public class Main {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, ptr = 0;

    private static int read() throws IOException {
        if (ptr == len) {
            len = in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    private static int nextInt() throws IOException {
        int c = read();
        while (c <= ' ') c = read();
        int x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = read();
        }
        return x;
    }

    // Can the machines finish t widgets within `time` seconds? Stops as soon as the count
    // reaches t, so the sum never overflows.
    private static boolean enough(long time, int[] k, long t) {
        long built = 0;
        for (int x : k) {
            built += time / x;
            if (built >= t) return true;
        }
        return false;
    }

    public static void main(String[] args) throws IOException {
        int n = nextInt();
        long t = nextInt();
        int[] k = new int[n];
        int fastest = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            k[i] = nextInt();
            fastest = Math.min(fastest, k[i]);
        }
        // Binary search on the time; the fastest machine alone is done by fastest * t.
        long lo = 0, hi = fastest * t; // not enough(lo), enough(hi)
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (enough(mid, k, t)) hi = mid;
            else lo = mid;
        }
        PrintWriter out = new PrintWriter(System.out);
        out.println(hi);
        out.flush();
    }
}
