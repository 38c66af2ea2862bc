// Answers with 10^7 numbers (20 MB, far past the output limit): output_limit_exceeded, and the
// answer is not kept.
import java.io.PrintStream;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long sum = in.nextLong() + in.nextLong();
        PrintStream out = System.out;
        for (int i = 0; i < 10_000_000; i++) {
            out.println(sum);
        }
    }
}
