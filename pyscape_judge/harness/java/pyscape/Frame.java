package pyscape;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A frame on stdin: {@code <decimal length>\n<bytes>}. */
final class Frame {
    private Frame() {}

    static byte[] read(InputStream in) throws IOException {
        int length = 0;
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < '0' || c > '9') {
                throw new IOException("bad frame header");
            }
            length = length * 10 + (c - '0');
        }
        byte[] data = new byte[length];
        // not readNBytes: JDK 21's FileInputStream.readNBytes seeks, and stdin is a pipe
        new DataInputStream(in).readFully(data);
        return data;
    }
}
