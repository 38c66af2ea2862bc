package javafx.util;

import java.io.Serializable;
import java.util.Objects;

/**
 * LeetCode's {@code javafx.util.Pair}: a key and a value, as JavaFX's class of that name
 * documents it. Compiled into the image next to the runner (sandbox_images/java/setup.sh), so
 * it is on javac's class path and the JVM's, as on LeetCode (no JavaFX there either).
 *
 * <p>Equal when both keys and both values are equal; {@code hashCode} is
 * {@code key.hashCode() * 13 + (value == null ? 0 : value.hashCode())} (a null key throws,
 * as JavaFX's does); {@code toString} is {@code key=value}.
 */
public class Pair<K, V> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final K key;
    private final V value;

    /** A pair of {@code key} and {@code value}. */
    public Pair(K key, V value) {
        this.key = key;
        this.value = value;
    }

    public K getKey() {
        return key;
    }

    public V getValue() {
        return value;
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 13 + (value == null ? 0 : value.hashCode());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Pair)) {
            return false;
        }
        Pair<?, ?> pair = (Pair<?, ?>) other;
        return Objects.equals(key, pair.key) && Objects.equals(value, pair.value);
    }
}
