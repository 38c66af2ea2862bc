package pyscape;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user's program: the submission frame (a tar of the user's file, the driver, {@code
 * sources}, {@code api}, {@code nonce}) compiled in this JVM, or the classes of an identical
 * earlier submission ({@link #ARTEFACT}) sent back by the host. Either way it says {@code
 * compiled} (with the classes, for the host's cache) before any of the user's code runs.
 */
final class Program {
    /** The compiled program as the host caches it: a count, then name, length, bytes each. */
    static final String ARTEFACT = "classes.bin";
    /** Lines of compiler messages shown for a compile error. */
    private static final int MESSAGE_LINES = 50;
    private static final String DRIVER_FILE = "PyscapeDriver.java:";

    /** Binary class name to class file. */
    final Map<String, byte[]> classes;
    /** The user's source file, as stack traces name it ({@code Solution.java}). */
    final String userFile;

    private Program(Map<String, byte[]> classes, String userFile) {
        this.classes = classes;
        this.userFile = userFile;
    }

    /**
     * Read the submission frame and compile it; on success write the {@code compiled} record
     * (under the frame's nonce) to {@code stdout}, on a compile error write the messages to
     * {@code stderr} and return null.
     */
    static Program receive(InputStream in, OutputStream stdout, Appendable stderr)
            throws IOException {
        Map<String, byte[]> files = Tar.files(Frame.read(in));
        String nonce = text(files.get("nonce")).strip();
        String[] sources = text(files.get("sources")).strip().split("\n");
        Channel channel = new Channel(stdout, nonce);
        byte[] artefact = files.get(ARTEFACT);
        if (artefact != null) {
            channel.event("compiled");
            return new Program(decode(artefact), sources[0]);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : sources) {
            byte[] data = files.get(name);
            texts.put(name, data != null ? text(data) : Files.readString(Path.of(name)));
        }
        Compiler.Result result = compileQuietly(texts);
        if (!result.ok()) {
            stderr.append(report(result.messages, text(files.get("api"))));
            return null;
        }
        String encoded = Base64.getEncoder().encodeToString(encode(result.classes));
        Memory.resetPeak(); // the tests' peak memory is theirs, not the compiler's
        channel.send("{\"event\":\"compiled\",\"artefact\":\"" + encoded + "\"}");
        return new Program(result.classes, sources[0]);
    }

    private static Compiler.Result compileQuietly(Map<String, String> sources) {
        try {
            return Compiler.compile(sources);
        } catch (OutOfMemoryError e) {
            return new Compiler.Result(null, "the compiler ran out of memory\n");
        } catch (StackOverflowError e) {
            return new Compiler.Result(null, "the compiler ran out of stack (nesting too deep)\n");
        }
    }

    /** What a compile error shows: the driver's API when the driver failed, then javac's
     * first {@link #MESSAGE_LINES} lines. */
    static String report(String messages, String api) {
        StringBuilder text = new StringBuilder();
        String[] lines = messages.split("\n", -1);
        for (String line : lines) {
            if (line.startsWith(DRIVER_FILE)) {
                text.append(api);
                break;
            }
        }
        int shown = Math.min(lines.length, MESSAGE_LINES);
        for (int i = 0; i < shown; i++) {
            if (i < shown - 1 || !lines[i].isEmpty()) {
                text.append(lines[i]).append('\n');
            }
        }
        return text.toString();
    }

    static byte[] encode(Map<String, byte[]> classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(classes.size());
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            out.writeUTF(c.getKey());
            out.writeInt(c.getValue().length);
            out.write(c.getValue());
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> decode(byte[] artefact) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(artefact));
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String name = in.readUTF();
            byte[] data = new byte[in.readInt()];
            in.readFully(data);
            classes.put(name, data);
        }
        return classes;
    }

    private static String text(byte[] data) {
        return data == null ? "" : new String(data, StandardCharsets.UTF_8);
    }
}
