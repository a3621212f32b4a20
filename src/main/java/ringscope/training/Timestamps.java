package ringscope.training;

import java.time.Instant;

/**
 * Fast ISO-8601 UTC formatting with seconds precision and a trailing Z ({@code 2026-03-01T14:05:09Z}), the only
 * time format of the native dataset. The date part is cached per day, so formatting sorted times costs a few appends.
 * Instances are not thread-safe; {@link #format(long)} is.
 */
final class Timestamps {
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate = "";

    /** Formats epoch seconds, for example {@code 2026-03-01T14:05:09Z}. */
    static String format(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }

    /** Appends the formatted time to {@code out}. */
    void append(long epochSecond, StringBuilder out) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = Instant.ofEpochSecond(day * 86_400L).toString().substring(0, 11);
        }
        int s = (int) (epochSecond - day * 86_400L);
        out.append(cachedDate);
        two(out, s / 3600);
        out.append(':');
        two(out, s / 60 % 60);
        out.append(':');
        two(out, s % 60);
        out.append('Z');
    }

    private static void two(StringBuilder out, int v) {
        out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
