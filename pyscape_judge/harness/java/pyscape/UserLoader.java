package pyscape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a compiled program's classes, which are not on the class path: a fresh loader gives
 * fresh static fields (one per stdio test). Every class's {@code System.exit} calls go to
 * {@link Exit}.
 *
 * <p>The harness's classes cannot be shadowed: the runner's package ({@code pyscape}) comes
 * from the parent loader only, and a name compiled both from the harness's sources (the
 * codec, the driver, LeetCode's nodes) and from the user's file is the harness's.
 */
final class UserLoader extends ClassLoader {
    private static final String RUNNER_PACKAGE = UserLoader.class.getPackageName() + ".";

    private final Program program;
    /** Class files rewritten once, shared by every loader of the program. */
    private final Map<String, byte[]> cache;

    UserLoader(Program program, Map<String, byte[]> cache) {
        // unnamed: stack traces read "Main.main(Main.java:7)", not "user//Main.main(...)"
        super(UserLoader.class.getClassLoader());
        this.program = program;
        this.cache = cache;
    }

    static Map<String, byte[]> newCache() {
        return new ConcurrentHashMap<>();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(RUNNER_PACKAGE)) {
            return getParent().loadClass(name); // never defined here, whatever was compiled
        }
        return super.loadClass(name, resolve);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = cache.get(name);
        if (bytes == null) {
            byte[] original = program.classFile(name);
            if (original == null) {
                throw new ClassNotFoundException(name);
            }
            bytes = ExitRedirect.rewrite(original);
            cache.put(name, bytes);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
