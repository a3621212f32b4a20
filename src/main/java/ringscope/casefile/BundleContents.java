package ringscope.casefile;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The entries of a bundle read into memory, in zip order, by name. Immutable. */
public final class BundleContents {
    private final Map<String, byte[]> entries;

    BundleContents(Map<String, byte[]> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public java.util.Set<String> names() {
        return entries.keySet();
    }

    public Optional<byte[]> bytes(String name) {
        byte[] b = entries.get(name);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(entries.get(name)).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The same bundle with one entry replaced (tests and tools; the original stays unchanged). */
    public BundleContents with(String name, byte[] bytes) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(name, bytes.clone());
        return new BundleContents(copy);
    }

    byte[] raw(String name) {
        return entries.get(name);
    }
}
