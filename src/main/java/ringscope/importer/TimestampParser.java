package ringscope.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import ringscope.model.RejectReason;

/**
 * Parses the timestamps of a mapped source file as its profile declares, strictly: only the declared notation is
 * accepted (another one is rejected, not guessed), dates and times are resolved with {@link ResolverStyle#STRICT}
 * (no Feb 30, no 24:00, no leap second), and a timestamp without an offset is placed in the declared zone.
 *
 * <p>Zone rules: a local time that does not exist in the zone (a DST gap) is rejected as
 * {@code NONEXISTENT_LOCAL_TIME}; a local time that exists twice (a DST overlap) is imported at the EARLIER of the two
 * instants and reported as ambiguous (the importer counts such rows in the run summary; the wizard flags them).
 * Immutable and thread-safe.
 */
public final class TimestampParser {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ACCESS_LOG = DateTimeFormatter.ofPattern("dd/MMM/uuuu:HH:mm:ss xx",
            Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    /** A parsed instant; {@code ambiguous} when the local time fell in a DST overlap (earlier instant taken). */
    public record Parsed(long epochMs, boolean ambiguous) {}

    private final TimeFormat format;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    private TimestampParser(TimeFormat format, DateTimeFormatter formatter, ZoneId zone) {
        this.format = format;
        this.formatter = formatter;
        this.zone = zone;
    }

    /**
     * Compiles a time format.
     *
     * @throws IllegalArgumentException for an unknown zone or a bad pattern, naming it
     */
    public static TimestampParser compile(TimeFormat f) {
        ZoneId zone;
        try {
            zone = f.zone() == null || f.zone().isBlank() ? null : ZoneId.of(f.zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + f.zone() + "'", e);
        }
        DateTimeFormatter formatter = switch (f.kind()) {
            case ISO -> ISO;
            case ACCESS_LOG -> ACCESS_LOG;
            case PATTERN -> pattern(f.pattern());
            case EPOCH_S, EPOCH_MS -> null;
        };
        return new TimestampParser(f, formatter, zone);
    }

    private static DateTimeFormatter pattern(String p) {
        if (p == null || p.isBlank()) {
            throw new IllegalArgumentException("time.pattern is empty");
        }
        try {
            DateTimeFormatter f = p.indexOf('%') >= 0 ? StrftimePattern.toFormatter(p)
                    : DateTimeFormatter.ofPattern(yearOfEra(p), Locale.ENGLISH);
            return f.withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException | ClassCastException e) {
            // ClassCastException: java.time's builder fails so on a padded value next to another number ("%e%d"),
            // found by fuzzing; the pattern is refused like any other bad one
            throw new IllegalArgumentException("bad time pattern '" + p + "': " + e.getMessage(), e);
        }
    }

    /** STRICT needs an era with 'y' (year of era); 'u' (proleptic year) is what users mean by yyyy. */
    private static String yearOfEra(String p) {
        StringBuilder b = new StringBuilder(p.length());
        boolean quoted = false;
        for (char c : p.toCharArray()) {
            quoted ^= c == '\'';
            b.append(!quoted && c == 'y' ? 'u' : c);
        }
        return b.toString();
    }

    public TimeFormat format() {
        return format;
    }

    /** Parses one value; {@code field} names it in the rejection. */
    public Parsed parse(String field, String value) throws RowRejectedException {
        String s = value.strip();
        return switch (format.kind()) {
            case EPOCH_S -> new Parsed(epoch(field, s, true), false);
            case EPOCH_MS -> new Parsed(epoch(field, s, false), false);
            case ISO -> temporal(field, s.length() > 10 && s.charAt(10) == ' '
                    ? s.substring(0, 10) + 'T' + s.substring(11) : s);
            case ACCESS_LOG -> temporal(field, s.startsWith("[") && s.endsWith("]")
                    ? s.substring(1, s.length() - 1) : s);
            case PATTERN -> temporal(field, s);
        };
    }

    private Parsed temporal(String field, String s) throws RowRejectedException {
        TemporalAccessor t;
        try {
            t = formatter.parse(s);
        } catch (DateTimeParseException e) {
            String m = String.valueOf(e.getMessage());
            boolean badDate = m.contains("Invalid date") || m.contains("Invalid value");
            throw FieldParsers.reject(badDate ? RejectReason.INVALID_DATE : RejectReason.INVALID_TIMESTAMP, field, s,
                    badDate ? "no such date or time" : "does not match the declared format " + describe());
        }
        java.time.LocalDate date = t.query(TemporalQueries.localDate());
        java.time.LocalTime time = t.query(TemporalQueries.localTime());
        if (date == null) {
            throw FieldParsers.reject(RejectReason.INVALID_TIMESTAMP, field, s, "the declared format has no date");
        }
        LocalDateTime local = LocalDateTime.of(date, time == null ? java.time.LocalTime.MIDNIGHT : time);
        ZoneId own = t.query(TemporalQueries.zone());
        if (own instanceof ZoneOffset offset) {
            return new Parsed(local.toInstant(offset).toEpochMilli(), false);
        }
        ZoneId z = own != null ? own : zone;
        if (z == null) {
            throw FieldParsers.reject(RejectReason.NO_TIMEZONE, field, s,
                    "has no offset and the profile declares no time zone");
        }
        List<ZoneOffset> offsets = z.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw FieldParsers.reject(RejectReason.NONEXISTENT_LOCAL_TIME, field, s,
                    "does not exist in " + z + " (skipped by a daylight-saving change)");
        }
        return new Parsed(local.toInstant(offsets.get(0)).toEpochMilli(), offsets.size() > 1);
    }

    private static long epoch(String field, String s, boolean seconds) throws RowRejectedException {
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        boolean ok = !whole.isEmpty() && whole.length() <= 13 && whole.chars().allMatch(Character::isDigit)
                && (dot < 0 || seconds && !frac.isEmpty() && frac.length() <= 9
                        && frac.chars().allMatch(Character::isDigit));
        if (!ok) {
            throw FieldParsers.reject(RejectReason.INVALID_TIMESTAMP, field, s,
                    "expected epoch " + (seconds ? "seconds (optionally with a fraction)" : "milliseconds"));
        }
        long w = Long.parseLong(whole);
        if (!seconds) {
            return w;
        }
        long ms = (frac + "000").substring(0, 3).chars().reduce(0, (a, c) -> a * 10 + (c - '0'));
        return w * 1000 + ms;
    }

    private String describe() {
        return switch (format.kind()) {
            case ISO -> "ISO-8601 (2026-03-01T14:05:09Z)";
            case ACCESS_LOG -> "access log (10/Oct/2025:13:55:36 -0700)";
            case PATTERN -> "'" + format.pattern() + "'";
            case EPOCH_S, EPOCH_MS -> format.kind().name();
        };
    }

    /** Formats an instant for display as ISO-8601 UTC with milliseconds. */
    public static String display(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }
}
