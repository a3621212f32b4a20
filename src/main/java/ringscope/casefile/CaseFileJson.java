package ringscope.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;

/**
 * The Jackson set-up for bundles. Reading is strict (STACK.md): duplicate keys and trailing tokens fail, floats are
 * never coerced to ints, nesting, string, number, name and document sizes are bounded, default typing is never on, and
 * only trees are read (no class is chosen by the document). Writing is pretty-printed with sorted keys, so the same case
 * gives the same bytes. Thread-safe.
 */
public final class CaseFileJson {
    public static final int MAX_NESTING = 64;
    public static final int MAX_STRING = 8 << 20;
    public static final int MAX_NUMBER_DIGITS = 100;
    public static final int MAX_NAME = 10_000;
    public static final long MAX_DOCUMENT = 256L << 20;

    private static final ObjectMapper MAPPER = build();

    private CaseFileJson() {}

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxNameLength(MAX_NAME)
                        .maxDocumentLength(MAX_DOCUMENT)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** The shared mapper (trees only; callers never bind to classes named by a document). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses one JSON document; {@code entry} names it in the error. */
    public static JsonNode read(String entry, byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new BundleException(entry + ": not valid JSON (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** Pretty-printed UTF-8 with a final newline. */
    public static byte[] write(JsonNode node) {
        try {
            return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree built in memory", e);
        }
    }

    /** One line, for JSONL. */
    public static String line(JsonNode node) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree built in memory", e);
        }
    }

    static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
