package pyscape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rewrites a class file so that its calls of {@code java.lang.System.exit(int)} call {@code
 * pyscape.Exit.exit(int)}: two constants are appended to the constant pool (the name and the
 * class {@code pyscape/Exit}) and each {@code Methodref System.exit:(I)V} points to that class.
 * Same descriptor, same static call: the bytecode and its stack maps stay valid. Method
 * references ({@code System::exit}) use the same Methodref and are redirected too.
 */
final class ExitRedirect {
    private static final byte[] SYSTEM = utf8("java/lang/System");
    private static final byte[] EXIT = utf8("exit");
    private static final byte[] INT_TO_VOID = utf8("(I)V");
    private static final byte[] TARGET = utf8("pyscape/Exit");

    private ExitRedirect() {}

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The class file with its exits redirected (the same array when it has none). */
    static byte[] rewrite(byte[] b) {
        if (b.length < 10 || u2(b, 0) != 0xCAFE) {
            return b;
        }
        int count = u2(b, 8);
        int[] offsets = new int[count];
        int end = scanPool(b, count, offsets);
        if (end < 0) {
            return b;
        }
        List<Integer> exits = exitMethodrefs(b, count, offsets);
        if (exits.isEmpty() || count + 2 > 0xFFFF) {
            return b;
        }
        return patched(b, count, end, exits);
    }

    /** Fill the offset of each constant; the pool's end, or -1 on an unknown tag. */
    private static int scanPool(byte[] b, int count, int[] offsets) {
        int p = 10;
        for (int i = 1; i < count; i++) {
            offsets[i] = p;
            switch (b[p] & 0xFF) {
                case 1: p += 3 + u2(b, p + 1); break; // Utf8
                case 3: case 4: p += 5; break; // Integer, Float
                case 5: case 6: p += 9; i++; break; // Long, Double: two slots
                case 7: case 8: case 16: case 19: case 20: p += 3; break;
                case 9: case 10: case 11: case 12: case 17: case 18: p += 5; break;
                case 15: p += 4; break; // MethodHandle
                default: return -1;
            }
        }
        return p;
    }

    /** Offsets of the Methodref constants naming {@code java/lang/System.exit:(I)V}. */
    private static List<Integer> exitMethodrefs(byte[] b, int count, int[] offsets) {
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int p = offsets[i];
            if (p == 0 || b[p] != 10) {
                continue;
            }
            int cls = u2(b, p + 1);
            int nat = u2(b, p + 3);
            if (tag(b, offsets, cls) == 7 && utf8At(b, offsets, u2(b, offsets[cls] + 1), SYSTEM)
                    && tag(b, offsets, nat) == 12
                    && utf8At(b, offsets, u2(b, offsets[nat] + 1), EXIT)
                    && utf8At(b, offsets, u2(b, offsets[nat] + 3), INT_TO_VOID)) {
                found.add(p);
            }
        }
        return found;
    }

    private static byte[] patched(byte[] b, int count, int end, List<Integer> exits) {
        int nameIndex = count;
        int classIndex = count + 1;
        byte[] extra = new byte[3 + TARGET.length + 3];
        extra[0] = 1;
        put2(extra, 1, TARGET.length);
        System.arraycopy(TARGET, 0, extra, 3, TARGET.length);
        extra[3 + TARGET.length] = 7;
        put2(extra, 4 + TARGET.length, nameIndex);
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, end);
        System.arraycopy(extra, 0, out, end, extra.length);
        System.arraycopy(b, end, out, end + extra.length, b.length - end);
        put2(out, 8, count + 2);
        for (int p : exits) {
            put2(out, p + 1, classIndex);
        }
        return out;
    }

    private static int tag(byte[] b, int[] offsets, int index) {
        return index > 0 && index < offsets.length && offsets[index] != 0 ? b[offsets[index]] : -1;
    }

    private static boolean utf8At(byte[] b, int[] offsets, int index, byte[] wanted) {
        if (tag(b, offsets, index) != 1) {
            return false;
        }
        int p = offsets[index];
        int length = u2(b, p + 1);
        return length == wanted.length
                && Arrays.equals(b, p + 3, p + 3 + length, wanted, 0, wanted.length);
    }

    private static int u2(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static void put2(byte[] b, int p, int value) {
        b[p] = (byte) (value >> 8);
        b[p + 1] = (byte) value;
    }
}
