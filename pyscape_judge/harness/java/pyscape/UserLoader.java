package pyscape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the user's classes (and the driver, codec and nodes compiled with them) from the
 * compiler's output folder, which is not on the class path: a fresh loader gives fresh static
 * fields (one per stdio test). Every class's {@code System.exit} calls go to {@link Exit}.
 */
final class UserLoader extends ClassLoader {
    private final Path dir;
    /** Class files read (and rewritten) once, shared by every loader of the folder. */
    private final Map<String, byte[]> cache;

    UserLoader(Path dir, Map<String, byte[]> cache) {
        // unnamed: stack traces read "Main.main(Main.java:7)", not "user//Main.main(...)"
        super(UserLoader.class.getClassLoader());
        this.dir = dir;
        this.cache = cache;
    }

    static Map<String, byte[]> newCache() {
        return new ConcurrentHashMap<>();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = cache.get(name);
        if (bytes == null) {
            Path file = dir.resolve(name.replace('.', '/') + ".class");
            try {
                bytes = ExitRedirect.rewrite(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ClassNotFoundException(name);
            }
            cache.put(name, bytes);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
