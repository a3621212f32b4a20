package ringscope.importer;

/**
 * How timestamps are written in a source file.
 *
 * @param kind ISO (ISO-8601, with or without an offset), EPOCH_S (seconds, optionally with a fraction), EPOCH_MS,
 *     PATTERN ({@code pattern} as a {@code java.time} pattern or, when it contains {@code %}, a strftime pattern) or
 *     ACCESS_LOG ({@code [10/Oct/2000:13:55:36 -0700]})
 * @param pattern the pattern for PATTERN
 * @param zone the zone id for timestamps without an offset (for example {@code UTC} or {@code Europe/Berlin}); null
 *     rejects such timestamps as NO_TIMEZONE
 */
public record TimeFormat(Kind kind, String pattern, String zone) {

    /** The timestamp notations a profile can declare. */
    public enum Kind {
        ISO,
        EPOCH_S,
        EPOCH_MS,
        PATTERN,
        ACCESS_LOG
    }

    public static TimeFormat of(Kind kind, String zone) {
        return new TimeFormat(kind, null, zone);
    }

    public TimeFormat withZone(String newZone) {
        return new TimeFormat(kind, pattern, newZone);
    }

    void validate() {
        if (kind == null) {
            throw new IllegalArgumentException("time.kind is missing (ISO, EPOCH_S, EPOCH_MS, PATTERN or ACCESS_LOG)");
        }
        TimestampParser.compile(this); // throws IllegalArgumentException naming a bad pattern or zone
    }
}
