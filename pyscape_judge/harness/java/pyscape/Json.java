package pyscape;

/**
 * A small JSON reader and writer, JDK only.
 *
 * <p>{@link Reader} streams over a string: typed reads for the codec and the job, and {@link
 * Reader#skipValue()} to keep a test's input as a span, parsed only when the test runs. {@link
 * Writer} appends to a {@link StringBuilder}.
 */
public final class Json {
    private Json() {}

    /** Malformed JSON, or a value of the wrong type (in a frame from the host). */
    public static final class BadJson extends RuntimeException {
        public BadJson(String message) {
            super(message);
        }
    }

    /** An answer that JSON cannot hold (NaN, an infinity). */
    public static final class NotJson extends RuntimeException {
        public NotJson(String message) {
            super(message);
        }
    }

    /** A streaming reader over {@code text[start, end)}. */
    public static final class Reader {
        private final String text;
        private final int end;
        private int pos;

        public Reader(String text) {
            this(text, 0, text.length());
        }

        public Reader(String text, int start, int end) {
            this.text = text;
            this.pos = start;
            this.end = end;
        }

        /** The next significant character, not consumed; -1 at the end. */
        public int peek() {
            while (pos < end) {
                char c = text.charAt(pos);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return c;
                }
                pos++;
            }
            return -1;
        }

        private void expect(char wanted) {
            if (peek() != wanted) {
                throw fail("expected '" + wanted + "'");
            }
            pos++;
        }

        private BadJson fail(String message) {
            return new BadJson(message + " at offset " + pos);
        }

        public void beginArray() {
            expect('[');
        }

        public void endArray() {
            if (peek() == ',') {
                throw fail("too many values");
            }
            expect(']');
        }

        /** Whether the current array has another element (its comma consumed). */
        public boolean hasNext() {
            int c = peek();
            if (c == ',') {
                pos++;
                return true;
            }
            return c != ']' && c != '}' && c != -1;
        }

        /** Move to the next element of the current array, which must exist. */
        public void next() {
            if (!hasNext()) {
                throw fail("missing value");
            }
        }

        public void beginObject() {
            expect('{');
        }

        public void endObject() {
            expect('}');
        }

        /** The next member's name (its colon consumed), or null at the object's end. */
        public String nextName() {
            if (!hasNext()) {
                return null;
            }
            String name = readString();
            expect(':');
            return name;
        }

        /** Consume a {@code null} if one comes next. */
        public boolean readNull() {
            if (peek() == 'n' && text.startsWith("null", pos)) {
                pos += 4;
                return true;
            }
            return false;
        }

        public boolean readBoolean() {
            int c = peek();
            if (c == 't' && text.startsWith("true", pos)) {
                pos += 4;
                return true;
            }
            if (c == 'f' && text.startsWith("false", pos)) {
                pos += 5;
                return false;
            }
            throw fail("expected a boolean");
        }

        /** An integer (no fraction or exponent) that fits a long. */
        public long readLong() {
            peek();
            int start = pos;
            boolean negative = pos < end && text.charAt(pos) == '-';
            if (negative) {
                pos++;
            }
            long value = 0;
            int digits = 0;
            while (pos < end) {
                char c = text.charAt(pos);
                if (c < '0' || c > '9') {
                    break;
                }
                int d = c - '0';
                if (value < (Long.MIN_VALUE + d) / 10) {
                    throw fail("integer out of range");
                }
                value = value * 10 - d; // accumulate negatively: MIN_VALUE fits
                digits++;
                pos++;
            }
            if (digits == 0 || (pos < end && ".eE".indexOf(text.charAt(pos)) >= 0)) {
                pos = start;
                throw fail("expected an integer");
            }
            if (!negative) {
                if (value == Long.MIN_VALUE) {
                    throw fail("integer out of range");
                }
                value = -value;
            }
            return value;
        }

        public int readInt() {
            long value = readLong();
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw fail("integer out of the range of int");
            }
            return (int) value;
        }

        public double readDouble() {
            peek();
            int start = pos;
            while (pos < end && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw fail("expected a number");
            }
            return Double.parseDouble(text.substring(start, pos));
        }

        public String readString() {
            expect('"');
            StringBuilder out = null;
            int run = pos;
            while (true) {
                if (pos >= end) {
                    throw fail("unterminated string");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    String tail = text.substring(run, pos++);
                    return out == null ? tail : out.append(tail).toString();
                }
                if (c != '\\') {
                    pos++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, run, pos);
                pos++;
                out.append(escaped());
                run = pos;
            }
        }

        private char escaped() {
            if (pos >= end) {
                throw fail("unterminated string");
            }
            char c = text.charAt(pos++);
            switch (c) {
                case 'n': return '\n';
                case 't': return '\t';
                case 'r': return '\r';
                case 'b': return '\b';
                case 'f': return '\f';
                case 'u':
                    if (pos + 4 > end) {
                        throw fail("bad \\u escape");
                    }
                    try {
                        char u = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
                        pos += 4;
                        return u;
                    } catch (NumberFormatException e) {
                        throw fail("bad \\u escape");
                    }
                default: return c; // \" \\ \/
            }
        }

        /** Skip one value; return its span {start, end} in the text. */
        public int[] skipValue() {
            int c = peek();
            int start = pos;
            if (c == '[' || c == '{') {
                skipNested();
            } else if (c == '"') {
                readString();
            } else {
                while (pos < end && ",]} \n\r\t".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
            }
            return new int[] {start, pos};
        }

        private void skipNested() {
            int depth = 0;
            do {
                if (pos >= end) {
                    throw fail("unterminated value");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    readString();
                    continue;
                }
                if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth--;
                }
                pos++;
            } while (depth > 0);
        }
    }

    /**
     * Appends JSON to a StringBuilder; commas are placed automatically. An answer's writer has
     * a limit: past it, {@link OutputLimit} is thrown, before the answer fills the heap.
     */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final long limit;
        private boolean[] first = new boolean[16];
        private int depth;

        public Writer() {
            this(Long.MAX_VALUE);
        }

        /** A writer of at most {@code limit} characters. */
        Writer(long limit) {
            this.limit = limit;
        }

        /** Throw {@link OutputLimit} when more than the limit was written. */
        void checkLimit() {
            if (out.length() > limit) {
                throw new OutputLimit();
            }
        }

        private void comma() {
            checkLimit();
            if (depth > 0) {
                if (!first[depth]) {
                    out.append(',');
                }
                first[depth] = false;
            }
        }

        private void push() {
            if (++depth == first.length) {
                first = java.util.Arrays.copyOf(first, depth * 2);
            }
            first[depth] = true;
        }

        public Writer beginArray() {
            comma();
            out.append('[');
            push();
            return this;
        }

        public Writer endArray() {
            depth--;
            out.append(']');
            return this;
        }

        public Writer beginObject() {
            comma();
            out.append('{');
            push();
            return this;
        }

        public Writer endObject() {
            depth--;
            out.append('}');
            return this;
        }

        /** A member's name; its value follows. */
        public Writer name(String name) {
            comma();
            quote(name);
            out.append(':');
            first[depth] = true; // the value takes no comma
            return this;
        }

        public Writer nul() {
            comma();
            out.append("null");
            return this;
        }

        public Writer value(long v) {
            comma();
            out.append(v);
            return this;
        }

        public Writer value(boolean v) {
            comma();
            out.append(v);
            return this;
        }

        /** A finite double, written so that it reads back as the same value. */
        public Writer value(double v) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NotJson("the answer holds " + v + ", which JSON cannot carry");
            }
            comma();
            out.append(v);
            return this;
        }

        public Writer value(String v) {
            comma();
            if (v == null) {
                out.append("null");
            } else {
                quote(v);
            }
            return this;
        }

        /** Text that is already JSON (null for {@code null}): the runner's records only. */
        Writer raw(String json) {
            comma();
            out.append(json == null ? "null" : json);
            return this;
        }

        private void quote(String s) {
            out.append('"');
            int run = 0;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                String escape = escape(s, i, c);
                if (escape != null) {
                    out.append(s, run, i).append(escape);
                    run = i + 1;
                }
            }
            out.append(s, run, n).append('"');
        }

        /** The escape for {@code c} at {@code s[i]}, or null to copy it as is. */
        private static String escape(String s, int i, char c) {
            if (c == '"') {
                return "\\\"";
            }
            if (c == '\\') {
                return "\\\\";
            }
            if (c < 0x20) {
                switch (c) {
                    case '\n': return "\\n";
                    case '\t': return "\\t";
                    case '\r': return "\\r";
                    default: return String.format("\\u%04x", (int) c);
                }
            }
            if (Character.isSurrogate(c) && !pairedSurrogate(s, i, c)) {
                return "\ufffd"; // a lone surrogate has no UTF-8 form
            }
            return null;
        }

        private static boolean pairedSurrogate(String s, int i, char c) {
            if (Character.isHighSurrogate(c)) {
                return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            }
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
