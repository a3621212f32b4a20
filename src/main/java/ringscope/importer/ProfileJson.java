package ringscope.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads and writes {@link MappingProfile}s as JSON. Reading uses the strict untrusted-input settings of
 * {@link StrictJson} (duplicate keys, unknown properties, trailing tokens and coercions all fail; no default typing).
 * The profile's fingerprint is the SHA-256 of its canonical JSON: properties and map keys sorted, nulls left out, no
 * whitespace; so reformatting a file does not change it, any change of meaning does.
 */
public final class ProfileJson {
    /** Profiles are small; a larger file is refused before parsing. */
    public static final int MAX_BYTES = 256 * 1024;

    private static final ObjectMapper READ = StrictJson.mapper();
    private static final ObjectMapper WRITE = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ProfileJson() {}

    /**
     * Parses and validates a profile.
     *
     * @throws IllegalArgumentException naming the problem (bad JSON, unknown property, invalid profile)
     */
    public static MappingProfile read(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw new IllegalArgumentException("profile is larger than " + MAX_BYTES + " bytes");
        }
        try {
            MappingProfile p = READ.readValue(json, MappingProfile.class);
            if (p == null) {
                throw new IllegalArgumentException("profile is empty");
            }
            return p.validated();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid profile: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read profile: " + e.getMessage(), e);
        }
    }

    /** Pretty JSON for a profile file (keys sorted, so saved files diff well). */
    public static byte[] write(MappingProfile profile) {
        try {
            return WRITE.writerWithDefaultPrettyPrinter().writeValueAsBytes(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile record always serialises", e);
        }
    }

    /** The canonical one-line JSON whose SHA-256 identifies the profile. */
    public static String canonical(MappingProfile profile) {
        try {
            return WRITE.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a profile record always serialises", e);
        }
    }

    public static String sha256(MappingProfile profile) {
        return HexFormat.of().formatHex(DatasetFiles.sha256().digest(canonical(profile)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
