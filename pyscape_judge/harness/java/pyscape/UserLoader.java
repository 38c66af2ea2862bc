package pyscape;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the user's classes (and the driver, codec and nodes compiled with them) from the
 * compiler's output, which is not on the class path: a fresh loader gives fresh static fields
 * (one per stdio test). Every class's {@code System.exit} calls go to {@link Exit}.
 */
final class UserLoader extends ClassLoader {
    private final Map<String, byte[]> classes;
    /** Class files rewritten once, shared by every loader of the program. */
    private final Map<String, byte[]> cache;

    UserLoader(Map<String, byte[]> classes, Map<String, byte[]> cache) {
        // unnamed: stack traces read "Main.main(Main.java:7)", not "user//Main.main(...)"
        super(UserLoader.class.getClassLoader());
        this.classes = classes;
        this.cache = cache;
    }

    static Map<String, byte[]> newCache() {
        return new ConcurrentHashMap<>();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = cache.get(name);
        if (bytes == null) {
            byte[] original = classes.get(name);
            if (original == null) {
                throw new ClassNotFoundException(name);
            }
            bytes = ExitRedirect.rewrite(original);
            cache.put(name, bytes);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
