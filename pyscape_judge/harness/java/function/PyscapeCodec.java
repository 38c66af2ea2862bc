import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pyscape.Json;

/**
 * JSON <-> Java values, driven by the canonical type strings of the signature ({@code int},
 * {@code int[][]}, {@code list<list<string>>}, {@code ListNode}...).
 *
 * <p>In the default package, compiled and loaded with the user's code. LeetCode's {@code
 * ListNode} and {@code TreeNode} (package-private fields) are converted by {@code
 * PyscapeListNodes} and {@code PyscapeTreeNodes}, compiled only when the signature uses them:
 * without them, the user may declare classes of those names.
 */
public final class PyscapeCodec {
    /** Longest list (or largest tree) returned: more means a cycle, or a runaway answer. */
    public static final int MAX_NODES = 1_000_000;

    private PyscapeCodec() {}

    /** A value the harness cannot send or accept (the error's type reads {@code BadValue}). */
    public static final class BadValue extends RuntimeException {
        public BadValue(String message) {
            super(message);
        }
    }

    /** The conversions of one node class (in {@code Pyscape<kind>s}, loaded by name). */
    public interface Nodes {
        Class<?> nodeClass();

        /** The node built from its JSON values (a list's, or a tree's in level order). */
        Object decode(List<Integer> values);

        void encode(Json.Writer out, Object node);
    }

    private static final Map<String, Nodes> NODES = new HashMap<>();

    private static Nodes nodes(String kind) {
        return NODES.computeIfAbsent(kind, k -> {
            try {
                return (Nodes) Class.forName("Pyscape" + k + "s").getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no conversions for " + k, e);
            }
        });
    }

    /** A parsed type: a scalar, a node, or an {@code array}/{@code list} of an element type. */
    public static final class Type {
        final String kind;
        final Type elem;
        /** The Java class of a value of this type as an array element. */
        final Class<?> javaClass;

        private Type(String kind, Type elem, Class<?> javaClass) {
            this.kind = kind;
            this.elem = elem;
            this.javaClass = javaClass;
        }

        @Override
        public String toString() {
            if (kind.equals("array")) {
                return elem + "[]";
            }
            return kind.equals("list") ? "list<" + elem + ">" : kind;
        }
    }

    /** Parse a canonical type string. */
    public static Type type(String text) {
        if (text.endsWith("[]")) {
            Type elem = type(text.substring(0, text.length() - 2));
            return new Type("array", elem, Array.newInstance(elem.javaClass, 0).getClass());
        }
        if (text.startsWith("list<") && text.endsWith(">")) {
            return new Type("list", type(text.substring(5, text.length() - 1)), List.class);
        }
        switch (text) {
            case "int": return new Type(text, null, int.class);
            case "long": return new Type(text, null, long.class);
            case "double": return new Type(text, null, double.class);
            case "boolean": return new Type(text, null, boolean.class);
            case "char": return new Type(text, null, char.class);
            case "string": return new Type(text, null, String.class);
            case "ListNode":
            case "TreeNode": return new Type(text, null, nodes(text).nodeClass());
            default: throw new IllegalArgumentException("unknown type " + text);
        }
    }

    // ------------------------------------------------------------------------------ decoding

    /** The value of type {@code t} that the user's code receives (boxed for scalars). */
    public static Object decode(Json.Reader in, Type t) {
        if (in.readNull()) {
            return null;
        }
        switch (t.kind) {
            case "int": return in.readInt();
            case "long": return in.readLong();
            case "double": return in.readDouble();
            case "boolean": return in.readBoolean();
            case "string": return in.readString();
            case "char": return readChar(in);
            case "ListNode":
            case "TreeNode": return nodes(t.kind).decode(readIntegers(in));
            case "array": return readArray(in, t.elem);
            case "list": return readList(in, t.elem);
            default: throw new IllegalArgumentException("unknown type " + t);
        }
    }

    private static char readChar(Json.Reader in) {
        String s = in.readString();
        if (s.length() != 1) {
            throw new BadValue("expected one character, got \"" + s + "\"");
        }
        return s.charAt(0);
    }

    private static List<Object> readList(Json.Reader in, Type elem) {
        List<Object> items = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            items.add(decode(in, elem));
        }
        in.endArray();
        return items;
    }

    private static Object readArray(Json.Reader in, Type elem) {
        switch (elem.kind) {
            case "int": return readInts(in);
            case "long": return readLongs(in);
            case "double": return readDoubles(in);
            case "boolean": return readBooleans(in);
            case "char": return readChars(in);
            default:
                List<Object> items = readList(in, elem);
                Object array = Array.newInstance(elem.javaClass, items.size());
                return items.toArray((Object[]) array);
        }
    }

    private static int[] readInts(Json.Reader in) {
        int[] values = new int[16];
        int n = 0;
        in.beginArray();
        while (in.hasNext()) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = in.readInt();
        }
        in.endArray();
        return Arrays.copyOf(values, n);
    }

    private static long[] readLongs(Json.Reader in) {
        long[] values = new long[16];
        int n = 0;
        in.beginArray();
        while (in.hasNext()) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = in.readLong();
        }
        in.endArray();
        return Arrays.copyOf(values, n);
    }

    private static double[] readDoubles(Json.Reader in) {
        double[] values = new double[16];
        int n = 0;
        in.beginArray();
        while (in.hasNext()) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = in.readDouble();
        }
        in.endArray();
        return Arrays.copyOf(values, n);
    }

    private static boolean[] readBooleans(Json.Reader in) {
        boolean[] values = new boolean[16];
        int n = 0;
        in.beginArray();
        while (in.hasNext()) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = in.readBoolean();
        }
        in.endArray();
        return Arrays.copyOf(values, n);
    }

    private static char[] readChars(Json.Reader in) {
        StringBuilder chars = new StringBuilder();
        in.beginArray();
        while (in.hasNext()) {
            chars.append(readChar(in));
        }
        in.endArray();
        return chars.toString().toCharArray();
    }

    /** A list of ints and nulls (a linked list's values, or a tree in level order). */
    private static List<Integer> readIntegers(Json.Reader in) {
        List<Integer> values = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            values.add(in.readNull() ? null : in.readInt());
        }
        in.endArray();
        return values;
    }

    // ------------------------------------------------------------------------------ encoding

    /**
     * Write the user's value {@code v} of declared type {@code t}. An empty list or tree
     * ({@code null}) is {@code []}, as LeetCode prints it.
     */
    public static void encode(Json.Writer out, Type t, Object v) {
        if (v == null) {
            if (t.kind.equals("ListNode") || t.kind.equals("TreeNode")) {
                out.beginArray().endArray();
            } else {
                out.nul();
            }
            return;
        }
        switch (t.kind) {
            case "int":
            case "long": out.value(((Number) v).longValue()); break;
            case "double": out.value(((Number) v).doubleValue()); break;
            case "boolean": out.value((boolean) (Boolean) v); break;
            case "string": out.value((String) v); break;
            case "char": out.value(String.valueOf((char) (Character) v)); break;
            case "ListNode":
            case "TreeNode": nodes(t.kind).encode(out, v); break;
            case "array": writeArray(out, t.elem, v); break;
            case "list": writeIterable(out, t.elem, (Iterable<?>) v); break;
            default: throw new IllegalArgumentException("unknown type " + t);
        }
    }

    private static void writeArray(Json.Writer out, Type elem, Object array) {
        out.beginArray();
        if (array instanceof int[]) {
            for (int x : (int[]) array) {
                out.value(x);
            }
        } else if (array instanceof long[]) {
            for (long x : (long[]) array) {
                out.value(x);
            }
        } else if (array instanceof double[]) {
            for (double x : (double[]) array) {
                out.value(x);
            }
        } else if (array instanceof boolean[]) {
            for (boolean x : (boolean[]) array) {
                out.value(x);
            }
        } else if (array instanceof char[]) {
            for (char x : (char[]) array) {
                out.value(String.valueOf(x));
            }
        } else {
            for (Object x : (Object[]) array) {
                encode(out, elem, x);
            }
        }
        out.endArray();
    }

    private static void writeIterable(Json.Writer out, Type elem, Iterable<?> items) {
        out.beginArray();
        for (Object x : items) {
            encode(out, elem, x);
        }
        out.endArray();
    }
}
