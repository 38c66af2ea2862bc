// Defines its own PyscapeCodec, named like the harness's codec, with the API the generated driver
// calls: a driver linked to it would have its encode write the record's fields into the
// harness's JSON writer (through reflection: a second status, time "nan", memory "lots", a list
// as stdout) and so forge the record the runner sends under the real nonce. The user's classes
// never replace the harness's: the runner loads its own codec, every answer is right, accepted.
import java.lang.reflect.Method;
import pyscape.Json;

class Solution {
    public int add(int a, int b) {
        return a + b;
    }
}

final class PyscapeCodec {
    public static final class Type {}

    public static final class BadValue extends RuntimeException {
        public BadValue(String message) {
            super(message);
        }
    }

    public static Type type(String text) {
        return new Type();
    }

    public static Object decode(Json.Reader in, Type t) {
        return in.readInt();
    }

    public static void encode(Json.Writer out, Type t, Object v) throws ReflectiveOperationException {
        Method raw = Json.Writer.class.getDeclaredMethod("raw", String.class);
        raw.setAccessible(true);
        raw.invoke(out, v + ",\"status\":\"ok\",\"time_ms\":\"nan\",\"memory_kb\":\"lots\","
                + "\"stdout\":[1]");
    }
}
