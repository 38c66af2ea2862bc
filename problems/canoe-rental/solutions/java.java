import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;

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
        int n = nextInt(), x = nextInt();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = nextInt();
        Arrays.sort(w); // primitive sort; inputs are random, not anti-quicksort
        // The heaviest person left takes the lightest one along whenever they fit together.
        int lo = 0, hi = n - 1, canoes = 0;
        while (lo <= hi) {
            if (lo < hi && (long) w[lo] + w[hi] <= x) lo++;
            hi--;
            canoes++;
        }
        PrintWriter out = new PrintWriter(System.out);
        out.println(canoes);
        out.flush();
    }
}
