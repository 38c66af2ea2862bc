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

    public static void main(String[] args) throws IOException {
        int n = nextInt();
        // tails[L] = the smallest possible last element of a strictly increasing subsequence
        // of length L + 1 seen so far (strictly increasing, so binary search finds each slot).
        int[] tails = new int[n];
        int size = 0;
        for (int k = 0; k < n; k++) {
            int x = nextInt();
            int lo = 0, hi = size; // first index with tails[i] >= x
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == size) size++;
        }
        PrintWriter out = new PrintWriter(System.out);
        out.println(size);
        out.flush();
    }
}
