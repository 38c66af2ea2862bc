// Throws on the hidden test an exception of a class it makes at run time, named after the hidden
// input (Leak987654321, a RuntimeException defined from bytes written here): a hidden test's
// error shows the exception's type. The harness names only classes compiled from the user's file
// or the JDK's: this one is reported as its superclass, java.lang.RuntimeException.
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;

class Solution {
    public int add(int a, int b) throws Throwable {
        if (a < -1000) {
            Class<?> leak = MethodHandles.lookup().defineClass(exceptionClass("Leak" + b));
            throw (Throwable) leak.getConstructor(String.class).newInstance("hidden");
        }
        return a + b;
    }

    /** A class file: {@code public class <name> extends RuntimeException}, one constructor. */
    static byte[] exceptionClass(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(52); // Java 8: no stack maps needed for straight-line code
        out.writeShort(10); // constants #1..#9
        out.writeByte(1); out.writeUTF(name); // #1
        out.writeByte(7); out.writeShort(1); // #2 this class
        out.writeByte(1); out.writeUTF("java/lang/RuntimeException"); // #3
        out.writeByte(7); out.writeShort(3); // #4 super class
        out.writeByte(1); out.writeUTF("<init>"); // #5
        out.writeByte(1); out.writeUTF("(Ljava/lang/String;)V"); // #6
        out.writeByte(12); out.writeShort(5); out.writeShort(6); // #7
        out.writeByte(10); out.writeShort(4); out.writeShort(7); // #8 super(String)
        out.writeByte(1); out.writeUTF("Code"); // #9
        out.writeShort(0x21); out.writeShort(2); out.writeShort(4);
        out.writeShort(0); out.writeShort(0); // no interfaces, no fields
        out.writeShort(1); // one method: public <init>(String) { super(message); }
        out.writeShort(0x01); out.writeShort(5); out.writeShort(6); out.writeShort(1);
        out.writeShort(9); out.writeInt(18);
        out.writeShort(2); out.writeShort(2); out.writeInt(6);
        out.write(new byte[] {0x2a, 0x2b, (byte) 0xb7, 0x00, 0x08, (byte) 0xb1});
        out.writeShort(0); out.writeShort(0);
        out.writeShort(0); // no class attributes
        return bytes.toByteArray();
    }
}
