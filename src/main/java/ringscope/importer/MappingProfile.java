package ringscope.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to read a third-party log and map it onto the native interaction fields: the source format, one rule per native
 * field, the timestamp format and zone, and the tokens that mean "no value". Stored as JSON (see {@link ProfileJson});
 * immutable. The account is whatever the {@code account_id} rule yields (for example the API key or the user column).
 *
 * @param name a short file-safe name ({@code [A-Za-z0-9._-]}, 1-64 characters)
 * @param description free text for the user
 * @param format how records are read
 * @param fields native field name ({@link #NATIVE_FIELDS}) to rule; {@code ts} and {@code account_id} are required
 * @param time how the {@code ts} value (and duration columns) are parsed
 * @param missing cell values that mean "no value" besides the empty string (for example {@code -})
 */
public record MappingProfile(String name, String description, SourceFormat format, Map<String, FieldRule> fields,
        TimeFormat time, List<String> missing) {

    /** The native interaction fields a rule may target, in the native column order. */
    public static final List<String> NATIVE_FIELDS = FileKind.INTERACTIONS.columns().stream()
            .map(FileKind.Column::name)
            .toList();

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public MappingProfile {
        description = description == null ? "" : description;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /**
     * Checks the profile as a whole; the message names the first problem.
     *
     * @throws IllegalArgumentException when the profile cannot be used
     */
    public MappingProfile validated() {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("profile name must be 1-64 letters, digits, '.', '_' or '-': " + name);
        }
        if (format == null || time == null) {
            throw new IllegalArgumentException("profile " + name + " needs a format and a time section");
        }
        format.validate();
        time.validate();
        for (Map.Entry<String, FieldRule> e : fields.entrySet()) {
            if (!NATIVE_FIELDS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown native field '" + e.getKey() + "'; known: " + NATIVE_FIELDS);
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("field " + e.getKey() + " has no rule");
            }
            e.getValue().validate(e.getKey());
        }
        for (String required : Set.of("ts", "account_id")) {
            if (!fields.containsKey(required)) {
                throw new IllegalArgumentException("profile " + name + " must map the native field " + required);
            }
        }
        return this;
    }

    public MappingProfile withName(String newName) {
        return new MappingProfile(newName, description, format, fields, time, missing);
    }

    public MappingProfile withFormat(SourceFormat newFormat) {
        return new MappingProfile(name, description, newFormat, fields, time, missing);
    }

    public MappingProfile withTime(TimeFormat newTime) {
        return new MappingProfile(name, description, format, fields, newTime, missing);
    }

    public MappingProfile withMissing(List<String> newMissing) {
        return new MappingProfile(name, description, format, fields, time, newMissing);
    }

    /** A copy with {@code field} mapped by {@code rule}, or unmapped when {@code rule} is null. */
    public MappingProfile withField(String field, FieldRule rule) {
        Map<String, FieldRule> copy = new LinkedHashMap<>(fields);
        if (rule == null) {
            copy.remove(field);
        } else {
            copy.put(field, rule);
        }
        return new MappingProfile(name, description, format, copy, time, missing);
    }

    /** The source columns any rule reads. */
    public Set<String> usedColumns() {
        Set<String> out = new java.util.TreeSet<>();
        fields.values().forEach(r -> out.addAll(r.columns()));
        return out;
    }
}
