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
import java.util.List;
import java.util.Map;

/**
 * The user's program: the submission frame (a tar of the user's file, the driver, {@code
 * sources}, {@code api}, {@code nonce}) compiled in this JVM, or the classes of an identical
 * earlier submission ({@link #ARTEFACT}) sent back by the host. Either way it says {@code
 * compiled} (with the classes, for the host's cache) before any of the user's code runs.
 *
 * <p>Its classes are kept in two sets: the harness's (the codec, the driver, LeetCode's nodes)
 * and those compiled from the user's file; {@link UserLoader} looks a name up in the harness's
 * first.
 */
final class Program {
    /** The compiled program as the host caches it: the harness's classes, then the user's. */
    static final String ARTEFACT = "classes.bin";
    /** Lines of compiler messages shown for a compile error. */
    private static final int MESSAGE_LINES = 50;
    private static final String DRIVER_FILE = "PyscapeDriver.java:";
    private static final String JAVA = ".java";

    /** Binary class name to class file, compiled from the harness's sources. */
    final Map<String, byte[]> harness;
    /** Binary class name to class file, compiled from the user's file. */
    final Map<String, byte[]> user;
    /** The user's source file, as stack traces name it ({@code Solution.java}). */
    final String userFile;
    /** How many lines the user's file has: a stack trace's line past them is made up. */
    final int userLines;

    private Program(Map<String, byte[]> harness, Map<String, byte[]> user, String userFile,
            String userSource) {
        this.harness = harness;
        this.user = user;
        this.userFile = userFile;
        this.userLines = (int) userSource.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The classes of a compile, each set by the file it was compiled from. */
    static Program of(Compiler.Result compiled, String userFile, String userSource) {
        Map<String, byte[]> harness = new LinkedHashMap<>();
        Map<String, byte[]> user = new LinkedHashMap<>();
        compiled.classes.forEach((name, bytes) ->
                (userFile.equals(compiled.origins.get(name)) ? user : harness).put(name, bytes));
        return new Program(harness, user, userFile, userSource);
    }

    /** The class the user writes: {@code Solution}, the design class, or {@code Main}. */
    String mainClass() {
        return userFile.substring(0, userFile.length() - JAVA.length());
    }

    /** The class file of {@code name}, the harness's first; null when there is none. */
    byte[] classFile(String name) {
        byte[] bytes = harness.get(name);
        return bytes != null ? bytes : user.get(name);
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
        String userFile = sources[0];
        String userSource = text(files.get(userFile));
        Channel channel = new Channel(stdout, nonce);
        byte[] artefact = files.get(ARTEFACT);
        if (artefact != null) {
            Program program = decode(artefact, userFile, userSource);
            channel.event("compiled");
            return program;
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
        Program program = of(result, userFile, userSource);
        String encoded = Base64.getEncoder().encodeToString(program.encode());
        Memory.resetPeak(); // the tests' peak memory is theirs, not the compiler's
        channel.send("{\"event\":\"compiled\",\"artefact\":\"" + encoded + "\"}");
        return program;
    }

    private static Compiler.Result compileQuietly(Map<String, String> sources) {
        try {
            return Compiler.compile(sources);
        } catch (OutOfMemoryError e) {
            return Compiler.Result.failed("the compiler ran out of memory\n");
        } catch (StackOverflowError e) {
            return Compiler.Result.failed("the compiler ran out of stack (nesting too deep)\n");
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

    /** The artefact: each set as a count, then name, length and bytes of each class. */
    byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (Map<String, byte[]> classes : List.of(harness, user)) {
            out.writeInt(classes.size());
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                out.writeUTF(c.getKey());
                out.writeInt(c.getValue().length);
                out.write(c.getValue());
            }
        }
        return bytes.toByteArray();
    }

    static Program decode(byte[] artefact, String userFile, String userSource)
            throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(artefact));
        Map<String, byte[]> harness = readClasses(in);
        return new Program(harness, readClasses(in), userFile, userSource);
    }

    private static Map<String, byte[]> readClasses(DataInputStream in) throws IOException {
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
