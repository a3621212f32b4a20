package ringscope.casefile;

import java.util.Arrays;

/**
 * Ascending line numbers written compactly for case.json: {@code "3,7-9,12"} (runs of consecutive lines as
 * {@code first-last}). Reading is strict (a hostile bundle may hold anything): numbers from 1 to {@link #MAX_LINE_NUMBER}, strictly
 * ascending, at most {@link #MAX_LINES} in all, or a {@link BundleException}. Stateless.
 */
final class LineRanges {
    /** More lines than any one link of a real case has behind it; a bundle asking for more is refused. */
    static final int MAX_LINES = 10_000_000;
    /** Larger than any line number of a real source file (the 36.5M-row campaign has 36.5M lines). */
    static final long MAX_LINE_NUMBER = 1_000_000_000L;

    private LineRanges() {}

    /** {@code lines} must be ascending and distinct (as the store returns them). */
    static String write(long[] lines) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            int j = i;
            while (j + 1 < lines.length && lines[j + 1] == lines[j] + 1) {
                j++;
            }
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(lines[i]);
            if (j > i) {
                b.append('-').append(lines[j]);
            }
            i = j + 1;
        }
        return b.toString();
    }

    static long[] read(String text, String where) {
        if (text.isEmpty()) {
            return new long[0];
        }
        long[] out = new long[16];
        int n = 0;
        long last = 0;
        for (String part : text.split(",", -1)) {
            int dash = part.indexOf('-');
            long from = number(dash < 0 ? part : part.substring(0, dash), where);
            long to = dash < 0 ? from : number(part.substring(dash + 1), where);
            if (from <= last || to < from) {
                throw new BundleException(where + ": line numbers are not ascending at \"" + part + "\"");
            }
            if (n + (to - from + 1) > MAX_LINES) {
                throw new BundleException(where + ": more than " + MAX_LINES + " lines");
            }
            for (long l = from; l <= to; l++) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = l;
            }
            last = to;
        }
        return Arrays.copyOf(out, n);
    }

    private static long number(String s, String where) {
        if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(Character::isDigit)) {
            throw new BundleException(where + ": \"" + s + "\" is not a line number");
        }
        long v = Long.parseLong(s);
        if (v < 1 || v > MAX_LINE_NUMBER) {
            throw new BundleException(where + ": line " + v + " is out of range (1 to " + MAX_LINE_NUMBER + ")");
        }
        return v;
    }
}
