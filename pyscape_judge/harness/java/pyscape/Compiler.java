package pyscape;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * javac in this JVM (javax.tools): sources from strings, class files to memory, no process and
 * no disk. The standard file manager (the JDK's classes) is opened once and shared by every
 * compile, so a compile after {@link #warmUp()} costs tens of milliseconds. The harness's codec
 * ({@link #LIBRARY}) is compiled once and given to later compiles as class files, so that a
 * submission compiles only the user's file and its driver.
 *
 * <p>The runner's own classes were compiled when the image was built
 * ({@code sandbox_images/java/setup.sh}); the JVM loads them from its class path, which is
 * javac's class path too (the driver implements {@code pyscape.Entry}): nothing else of the
 * file system is on it.
 */
public final class Compiler {
    /** As the {@code javac} command line had them: quiet, bounded, no annotation processing. */
    private static final List<String> OPTIONS = List.of(
            "-nowarn", "-Xlint:none", "-Xmaxerrs", "30", "-proc:none", "-implicit:none");
    private static final String WARM_UP_SOLUTION = String.join("\n",
            "import java.util.*;",
            "class Solution {",
            "    public int[] twoSum(int[] nums, int target) {",
            "        Map<Integer, Integer> seen = new HashMap<>();",
            "        for (int i = 0; i < nums.length; i++) {",
            "            Integer j = seen.get(target - nums[i]);",
            "            if (j != null) return new int[] {j, i};",
            "            seen.put(nums[i], i);",
            "        }",
            "        return new int[0];",
            "    }",
            "}");
    private static final String WARM_UP_DRIVER = String.join("\n",
            "public final class PyscapeDriver implements pyscape.Entry {",
            "    private static final PyscapeCodec.Type T0 = PyscapeCodec.type(\"int[]\");",
            "    @Override",
            "    public void run(pyscape.Json.Reader in, pyscape.Json.Writer out) {",
            "        in.beginArray();",
            "        in.next();",
            "        int[] a0 = (int[]) PyscapeCodec.decode(in, T0);",
            "        in.endArray();",
            "        PyscapeCodec.encode(out, T0, new Solution().twoSum(a0, 9));",
            "    }",
            "}");
    /** Compiles of the warm-up program: the second runs much of javac compiled by the JIT. */
    private static final int WARM_UP_COMPILES = 2;
    /** The frames the rehearsal reads: the job, two tests (their answers [0,1], [1,2]), end. */
    private static final String[] WARM_UP_FRAMES = {
        "{\"nonce\":\"warm-up\",\"mode\":\"function\",\"signature\":null,"
                + "\"test_count\":2,\"stdout_limit\":1024}",
        "{\"test\":1,\"input\":[[2,7,11,15]],\"wall_ms\":4000}",
        "{\"test\":2,\"input\":[[1,4,5]],\"wall_ms\":4000}",
        "{\"end\":true}",
    };
    /** The harness source compiled once per JVM (it does not depend on the submission). */
    static final String LIBRARY = "function/PyscapeCodec.java";

    private static JavaCompiler javac;
    private static StandardJavaFileManager standard;
    /** The classes of {@link #LIBRARY}, once compiled. */
    private static Map<String, byte[]> library;

    private Compiler() {}

    /**
     * What a compile gave: the classes (binary name to class file) and the source file each
     * was compiled from, or javac's messages.
     */
    static final class Result {
        final Map<String, byte[]> classes;
        final Map<String, String> origins;
        final String messages;

        Result(Map<String, byte[]> classes, Map<String, String> origins, String messages) {
            this.classes = classes;
            this.origins = origins;
            this.messages = messages;
        }

        static Result failed(String messages) {
            return new Result(null, Map.of(), messages);
        }

        boolean ok() {
            return classes != null;
        }
    }

    /**
     * Load javac and compile a small program twice, so that the next compile runs warm, then
     * run its tests through the runner's own path (artefact, job frame, class loader, driver,
     * one test frame at a time, records), so that none of the runner's classes is loaded or
     * verified for the first time on the host's clock.
     */
    static void warmUp() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("Solution.java", WARM_UP_SOLUTION);
        sources.put(LIBRARY, Files.readString(Path.of(LIBRARY)));
        sources.put("PyscapeDriver.java", WARM_UP_DRIVER);
        Result result = null;
        for (int i = 0; i < WARM_UP_COMPILES; i++) {
            result = compile(sources);
            if (!result.ok()) {
                throw new IllegalStateException("the warm-up did not compile:\n" + result.messages);
            }
        }
        rehearse(Program.of(result, "Solution.java", WARM_UP_SOLUTION));
    }

    private static void rehearse(Program compiled) throws Exception {
        byte[] artefact = compiled.encode();
        Base64.getEncoder().encodeToString(artefact);
        Program program = Program.decode(artefact, compiled.userFile, WARM_UP_SOLUTION);
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (String frame : WARM_UP_FRAMES) {
            byte[] data = frame.getBytes(StandardCharsets.UTF_8);
            frames.write((data.length + "\n").getBytes(StandardCharsets.US_ASCII));
            frames.write(data);
        }
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        try { // on this thread: the real tests get a thread with a large stack
            Tests.serve(new ByteArrayInputStream(frames.toByteArray()), records, program);
        } finally {
            Tests.redirect(out, err);
            System.setIn(in);
        }
        String answered = records.toString(StandardCharsets.UTF_8);
        if (!answered.contains("\"output\":[0,1]") || !answered.contains("\"output\":[1,2]")
                || !answered.contains("\"event\":\"done\"")) {
            throw new IllegalStateException("the warm-up answered " + answered);
        }
    }

    /**
     * Compile {@code sources} (file name to text) together; {@link #LIBRARY} among them is
     * compiled the first time only, and its classes are part of the result. A class named
     * like one of the library's but compiled from another file (a {@code PyscapeCodec} of the
     * user's) is dropped: the library's is the one the program gets.
     */
    static synchronized Result compile(Map<String, String> sources) {
        Map<String, String> units = new LinkedHashMap<>(sources);
        String libraryText = units.remove(LIBRARY);
        Map<String, byte[]> given = Map.of();
        if (libraryText != null) {
            if (library == null) {
                Result compiled = compile(Map.of(LIBRARY, libraryText), Map.of());
                if (!compiled.ok()) {
                    return compiled;
                }
                library = compiled.classes;
            }
            given = library;
        }
        Result result = compile(units, given);
        if (!result.ok()) {
            return result;
        }
        Map<String, byte[]> classes = new LinkedHashMap<>(given);
        Map<String, String> origins = new HashMap<>();
        given.keySet().forEach(name -> origins.put(name, LIBRARY));
        result.classes.forEach(classes::putIfAbsent);
        result.origins.forEach(origins::putIfAbsent);
        return new Result(classes, origins, result.messages);
    }

    /** Where the runner's classes are: the class path this class was loaded from. */
    private static java.io.File runnerClassPath() {
        try {
            return new java.io.File(
                    Compiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot find the runner's classes", e);
        }
    }

    /** Compile {@code sources} against the JDK and {@code given} (binary name to class file). */
    private static Result compile(Map<String, String> sources, Map<String, byte[]> given) {
        if (javac == null) {
            javac = ToolProvider.getSystemJavaCompiler();
            standard = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
            try { // the runner's classes, nothing from the work directory
                standard.setLocation(StandardLocation.CLASS_PATH, List.of(runnerClassPath()));
                standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        StringWriter messages = new StringWriter();
        InMemory files = new InMemory(standard, given, classes, origins);
        boolean ok = javac.getTask(messages, files, null, OPTIONS, null, units).call();
        return ok ? new Result(classes, origins, messages.toString())
                : Result.failed(messages.toString());
    }

    /** A source file held in a string, named as the user knows it ({@code Solution.java}). */
    private static final class Source extends SimpleJavaFileObject {
        private final String name;
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///" + name), Kind.SOURCE);
            this.name = name;
            this.text = text;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** A class file held in memory, given to javac on its class path. */
    private static final class ClassFile extends SimpleJavaFileObject {
        final String binaryName;
        private final byte[] bytes;

        ClassFile(String binaryName, byte[] bytes) {
            super(URI.create("memory:///" + binaryName.replace('.', '/') + Kind.CLASS.extension),
                    Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    /**
     * Class files written to a map (with the source file each comes from), given class files
     * added to the class path; everything else read through the standard manager.
     */
    private static final class InMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> given;
        private final Map<String, byte[]> classes;
        private final Map<String, String> origins;

        InMemory(StandardJavaFileManager standard, Map<String, byte[]> given,
                Map<String, byte[]> classes, Map<String, String> origins) {
            super(standard);
            this.given = given;
            this.classes = classes;
            this.origins = origins;
        }

        @Override
        public Iterable<JavaFileObject> list(JavaFileManager.Location location, String pkg,
                Set<JavaFileObject.Kind> kinds, boolean recurse) throws IOException {
            Iterable<JavaFileObject> listed = super.list(location, pkg, kinds, recurse);
            if (location != StandardLocation.CLASS_PATH
                    || !kinds.contains(JavaFileObject.Kind.CLASS)) {
                return listed;
            }
            List<JavaFileObject> all = new ArrayList<>();
            given.forEach((name, bytes) -> {
                int dot = name.lastIndexOf('.');
                if (pkg.equals(dot < 0 ? "" : name.substring(0, dot))) {
                    all.add(new ClassFile(name, bytes));
                }
            });
            listed.forEach(all::add);
            return all;
        }

        @Override
        public String inferBinaryName(JavaFileManager.Location location, JavaFileObject file) {
            return file instanceof ClassFile
                    ? ((ClassFile) file).binaryName : super.inferBinaryName(location, file);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location,
                String className, JavaFileObject.Kind kind, FileObject sibling) {
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            if (sibling != null) { // the source the class is compiled from
                origins.put(className, sibling.getName());
            }
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }

        @Override
        public void close() {
            // the standard manager stays open for the next compile
        }
    }
}
