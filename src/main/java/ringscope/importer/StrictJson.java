package ringscope.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for untrusted JSON: duplicate keys fail, trailing tokens fail, no coercion of
 * floats to ints, bounded nesting, string and number sizes, and never default typing (STACK.md: Jackson's defaults
 * silently change data). Floating-point numbers are read as exact decimals (as written, trailing zeros kept): as
 * doubles {@code 1e400} became Infinity and {@code 12345678901234567.25} lost its last digits (found by fuzzing).
 */
public final class StrictJson {
    public static final int MAX_NESTING = 64;
    public static final int MAX_STRING = 1 << 20;
    public static final int MAX_NUMBER_DIGITS = 100;

    private StrictJson() {}

    /**
     * {@code mapper.readTree(p)}, except that a number Jackson cannot represent as a decimal (an exponent with dozens
     * of digits) is reported like the other limits, as a {@link StreamConstraintsException}, instead of escaping as a
     * {@link NumberFormatException} (found by fuzzing).
     */
    public static JsonNode readTree(ObjectMapper mapper, JsonParser p) throws IOException {
        try {
            return mapper.readTree(p);
        } catch (NumberFormatException e) {
            throw new StreamConstraintsException("number out of range: " + e.getMessage());
        }
    }

    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxNameLength(10_000)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }
}
