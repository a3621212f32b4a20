package ringscope.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import ringscope.model.RejectReason;

/**
 * Turns a JSON object into the flat values a mapping profile reads: nested objects become dotted names
 * ({@code metadata.user_api_key_alias}), arrays stay as their JSON text, numbers keep their exact decimal text, null
 * means absent. Remembers every name seen, in first-seen order, as the file's columns. Not thread-safe.
 */
final class JsonRecords {
    private static final int MAX_COLUMNS = 1024;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();

    Map<String, String> flatten(JsonNode object) {
        Map<String, String> out = new HashMap<>();
        flatten("", object, out);
        return out;
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = prefix + f.getKey();
            JsonNode v = f.getValue();
            if (v.isObject()) {
                flatten(name + ".", v, out);
                continue;
            }
            if (seen.size() < MAX_COLUMNS) {
                seen.add(name);
            }
            if (v.isNull()) {
                continue;
            }
            out.put(name, v.isTextual() ? v.textValue()
                    : v.isIntegralNumber() ? v.bigIntegerValue().toString()
                    : v.isNumber() ? decimalText(v.decimalValue())
                    : v.isBoolean() ? String.valueOf(v.booleanValue())
                    : v.toString());
        }
    }

    /** Plain digits when short; scientific notation for huge exponents ({@code 1E+400}) so memory stays bounded. */
    static String decimalText(java.math.BigDecimal d) {
        long plainLength = (long) d.precision() + Math.abs((long) d.scale());
        return plainLength <= StrictJson.MAX_NUMBER_DIGITS ? d.toPlainString() : d.toString();
    }

    java.util.List<String> columns() {
        return java.util.List.copyOf(seen);
    }

    /** The reason code for a JSON parse failure (same codes as the native JSONL reader). */
    static RejectReason classify(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return String.valueOf(e.getMessage()).contains("nesting") ? RejectReason.NESTING_TOO_DEEP
                    : RejectReason.OUT_OF_RANGE;
        }
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Duplicate field")) {
            return RejectReason.DUPLICATE_KEY;
        }
        if (m.contains("NaN") || m.contains("Infinity")) {
            return RejectReason.NON_FINITE;
        }
        return RejectReason.JSON_SYNTAX;
    }

    static String describe(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        m = m.length() > 300 ? m.substring(0, 300) + "…" : m;
        return e.getLocation() == null ? m : m + " at column " + e.getLocation().getColumnNr();
    }
}
