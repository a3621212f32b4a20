package ringscope.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Turns values into text for display. Pure functions; any thread.
 *
 * <p>Text that comes from a dataset (raw rows, file names, details) may hold control or bidirectional formatting
 * characters; shown as they are, U+202E would reverse what follows it and hide what a row really says. {@link #escape}
 * makes them visible as {@code \\uXXXX}.
 */
public final class DisplayText {
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DisplayText() {}

    /**
     * Escapes characters that would not show as themselves: ISO controls (tab, CR, LF as {@code \t \r \n}), format
     * characters (bidi overrides and isolates, zero-width characters, BOM), line and paragraph separators and lone
     * surrogates. Everything else, including non-Latin scripts, is left as it is. Null becomes "".
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                appendCodePoint(b, cp);
                i++;
            } else {
                appendCodePoint(b, c);
            }
        }
        return b.toString();
    }

    private static void appendCodePoint(StringBuilder b, int cp) {
        switch (cp) {
            case '\t' -> b.append("\\t");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            default -> {
                if (needsEscape(cp)) {
                    b.append(cp > 0xFFFF ? String.format("\\U%08X", cp) : String.format("\\u%04X", cp));
                } else {
                    b.appendCodePoint(cp);
                }
            }
        }
    }

    private static boolean needsEscape(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp)
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED;
    }

    /** 12345 → "12,345". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Byte sizes with binary units: "512 B", "1.5 KiB", "3.2 MiB". */
    public static String bytes(long n) {
        if (n < 0) {
            return "?";
        }
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** Milliseconds as "m:ss" or "h:mm:ss"; negative (unknown) as an em dash. */
    public static String duration(long millis) {
        if (millis < 0) {
            return "\u2014";
        }
        long s = (millis + 500) / 1000;
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** Epoch milliseconds as UTC "2026-01-31 13:45:00Z"; negative (not set) as an em dash. */
    public static String utc(long epochMillis) {
        return epochMillis < 0 ? "\u2014" : UTC.format(Instant.ofEpochMilli(epochMillis));
    }
}
