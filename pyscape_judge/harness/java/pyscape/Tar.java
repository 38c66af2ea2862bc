package pyscape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the regular files of an uncompressed tar archive (ustar or GNU), as the host writes. */
final class Tar {
    private static final int BLOCK = 512;

    private Tar() {}

    static Map<String, byte[]> files(byte[] tar) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String longName = null;
        int p = 0;
        while (p + BLOCK <= tar.length && tar[p] != 0) {
            String name = text(tar, p, 100);
            long size = octal(tar, p + 124, 12);
            byte type = tar[p + 156];
            int data = p + BLOCK;
            if (size < 0 || data + size > tar.length) {
                throw new IOException("truncated tar entry " + name);
            }
            if (type == 'L') {
                longName = text(tar, data, (int) size);
            } else {
                if (type == '0' || type == 0) {
                    byte[] content = new byte[(int) size];
                    System.arraycopy(tar, data, content, 0, content.length);
                    files.put(longName != null ? longName : name, content);
                }
                longName = null;
            }
            p = data + (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
        }
        return files;
    }

    private static String text(byte[] b, int from, int max) {
        int end = from;
        while (end < from + max && b[end] != 0) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int from, int max) {
        long value = 0;
        for (int i = from; i < from + max && b[i] != 0 && b[i] != ' '; i++) {
            if (b[i] < '0' || b[i] > '7') {
                return -1;
            }
            value = value * 8 + (b[i] - '0');
        }
        return value;
    }
}
