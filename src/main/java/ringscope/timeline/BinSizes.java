package ringscope.timeline;

import ringscope.model.TimeRange;

/**
 * The bin sizes the timeline offers, from one minute to one week, and the rule that picks one for a span: the smallest
 * size that keeps the number of bins at or under a limit. Bins of an hour or more come from the hourly aggregate; finer
 * ones from raw rows.
 */
public final class BinSizes {
    public static final long MINUTE = 60_000L;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;
    private static final long[] LADDER = {
        MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 7 * DAY
    };

    private BinSizes() {}

    /** The smallest size from the ladder that covers {@code range} in at most {@code maxBins} bins (at least 1 min). */
    public static long choose(TimeRange range, int maxBins) {
        for (long size : LADDER) {
            if (range.lengthMs() <= size * Math.max(1, maxBins)) {
                return size;
            }
        }
        return LADDER[LADDER.length - 1];
    }

    /** {@code range} widened outward to whole bins of {@code binMs} (aligned to UTC epoch multiples). */
    public static TimeRange align(TimeRange range, long binMs) {
        long from = Math.floorDiv(range.fromMs(), binMs) * binMs;
        long to = Math.floorDiv(range.toMs() + binMs - 1, binMs) * binMs;
        return new TimeRange(from, Math.max(to, from + binMs));
    }

    /** A short label: "1 min", "15 min", "1 h", "1 d", "7 d". */
    public static String label(long binMs) {
        if (binMs % DAY == 0) {
            return binMs / DAY + " d";
        }
        if (binMs % HOUR == 0) {
            return binMs / HOUR + " h";
        }
        return binMs / MINUTE + " min";
    }
}
