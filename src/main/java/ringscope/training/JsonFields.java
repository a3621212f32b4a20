package ringscope.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict, typed access to one JSON object of a scenario: every read names its path in errors, numbers are range
 * checked, no type coercion happens ("12" is not a number, 1.5 is not an int), and {@link #finish()} rejects keys that
 * were never read (typos must not silently fall back to defaults).
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new TreeSet<>();

    JsonFields(JsonNode node, String path) throws ScenarioException {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(path + ": expected a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    private JsonNode required(String key) throws ScenarioException {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new ScenarioException(path + "." + key + " is required");
        }
        return v;
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    String text(String key) throws ScenarioException {
        JsonNode v = required(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new ScenarioException(path + "." + key + ": expected a non-empty string");
        }
        return v.asText();
    }

    long longValue(String key) throws ScenarioException {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new ScenarioException(path + "." + key + ": expected an integer");
        }
        return v.asLong();
    }

    int intValue(String key, int min, int max) throws ScenarioException {
        long v = longValue(key);
        if (v < min || v > max) {
            throw new ScenarioException(path + "." + key + ": " + v + " is outside [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    double number(String key, double min, double max) throws ScenarioException {
        JsonNode v = required(key);
        if (!v.isNumber()) {
            throw new ScenarioException(path + "." + key + ": expected a number");
        }
        double d = v.asDouble();
        if (!Double.isFinite(d) || d < min || d > max) {
            throw new ScenarioException(path + "." + key + ": " + v + " is outside [" + min + ", " + max + "]");
        }
        return d;
    }

    boolean bool(String key) throws ScenarioException {
        JsonNode v = required(key);
        if (!v.isBoolean()) {
            throw new ScenarioException(path + "." + key + ": expected true or false");
        }
        return v.asBoolean();
    }

    /** The nested object {@code key}; it must be present. */
    JsonFields object(String key) throws ScenarioException {
        return new JsonFields(required(key), path + "." + key);
    }

    /** The objects of the array {@code key}; it must be present (it may be empty). */
    List<JsonFields> objects(String key) throws ScenarioException {
        JsonNode v = required(key);
        if (!v.isArray()) {
            throw new ScenarioException(path + "." + key + ": expected an array");
        }
        List<JsonFields> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new JsonFields(v.get(i), path + "." + key + "[" + i + "]"));
        }
        return out;
    }

    /** Marks an optional key as known even when absent. */
    void optional(String key) {
        read.add(key);
    }

    /** Fails on any key that no getter asked for. */
    void finish() throws ScenarioException {
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!read.contains(k)) {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ScenarioException(path + ": unknown field(s) " + String.join(", ", unknown)
                    + "; known here: " + String.join(", ", read));
        }
    }
}
