import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(st.nextToken()), m = Integer.parseInt(st.nextToken());
        // Flatten the grid with a border of walls around it, so neighbours never leave it.
        int w = m + 2;
        boolean[] open = new boolean[(n + 2) * w];
        int start = -1, goal = -1;
        for (int r = 0; r < n; r++) {
            String row = in.readLine().trim();
            for (int c = 0; c < m; c++) {
                char ch = row.charAt(c);
                int cell = (r + 1) * w + c + 1;
                open[cell] = ch != '#';
                if (ch == 'S') start = cell;
                else if (ch == 'E') goal = cell;
            }
        }
        int[] dist = new int[open.length];
        Arrays.fill(dist, -1);
        int[] queue = new int[open.length];
        int head = 0, tail = 0;
        queue[tail++] = start;
        dist[start] = 0;
        int[] moves = {-1, 1, -w, w};
        while (head < tail) {
            int cell = queue[head++];
            if (cell == goal) break;
            for (int d : moves) {
                int nb = cell + d;
                if (open[nb] && dist[nb] < 0) {
                    dist[nb] = dist[cell] + 1;
                    queue[tail++] = nb;
                }
            }
        }
        PrintWriter out = new PrintWriter(System.out);
        out.println(dist[goal]);
        out.flush();
    }
}
