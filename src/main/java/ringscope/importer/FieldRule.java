package ringscope.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one native field's value comes from; exactly one of the members is set:
 *
 * @param column the value of one source column
 * @param combine the values of several columns joined by {@code separator} (missing parts are skipped; all missing →
 *     missing)
 * @param separator the joiner for {@code combine} (default {@code |})
 * @param firstOf the first of these columns that has a value (for example a key header, else the user)
 * @param constant a fixed value for every row
 * @param durationMs two timestamp columns [start, end]: the milliseconds between them (for {@code latency_ms})
 */
public record FieldRule(String column, List<String> combine, String separator, List<String> firstOf,
        String constant, List<String> durationMs) {

    public FieldRule {
        combine = combine == null ? null : List.copyOf(combine);
        firstOf = firstOf == null ? null : List.copyOf(firstOf);
        durationMs = durationMs == null ? null : List.copyOf(durationMs);
    }

    public static FieldRule column(String name) {
        return new FieldRule(name, null, null, null, null, null);
    }

    public static FieldRule combine(List<String> columns, String separator) {
        return new FieldRule(null, columns, separator, null, null, null);
    }

    public static FieldRule firstOf(List<String> columns) {
        return new FieldRule(null, null, null, columns, null, null);
    }

    public static FieldRule constant(String value) {
        return new FieldRule(null, null, null, null, value, null);
    }

    public static FieldRule duration(String start, String end) {
        return new FieldRule(null, null, null, null, null, List.of(start, end));
    }

    void validate(String field) {
        int set = (column != null ? 1 : 0) + (combine != null ? 1 : 0) + (firstOf != null ? 1 : 0)
                + (constant != null ? 1 : 0) + (durationMs != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("field " + field
                    + ": set exactly one of column, combine, firstOf, constant, durationMs");
        }
        if (combine != null && combine.isEmpty() || firstOf != null && firstOf.isEmpty()) {
            throw new IllegalArgumentException("field " + field + ": the column list is empty");
        }
        if (durationMs != null && durationMs.size() != 2) {
            throw new IllegalArgumentException("field " + field + ": durationMs needs [start, end]");
        }
    }

    /** The source columns this rule reads. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        if (column != null) {
            out.add(column);
        }
        for (List<String> l : java.util.Arrays.asList(combine, firstOf, durationMs)) {
            if (l != null) {
                out.addAll(l);
            }
        }
        return out;
    }

    /** A short human description, for the wizard's mapping table. */
    public String describe() {
        if (column != null) {
            return column;
        }
        if (combine != null) {
            return String.join(" + ", combine);
        }
        if (firstOf != null) {
            return "first of " + String.join(", ", firstOf);
        }
        if (constant != null) {
            return "= \"" + constant + "\"";
        }
        return "ms from " + durationMs.get(0) + " to " + durationMs.get(1);
    }
}
