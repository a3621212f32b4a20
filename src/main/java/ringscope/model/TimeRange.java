package ringscope.model;

/**
 * A half-open span of time {@code [fromMs, toMs)} in epoch milliseconds UTC. Used as the case-wide time filter and as
 * the window of every timeline query.
 */
public record TimeRange(long fromMs, long toMs) {
    public TimeRange {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("a time range needs from < to: " + fromMs + " .. " + toMs);
        }
    }

    public long lengthMs() {
        return toMs - fromMs;
    }

    public boolean contains(long tsMs) {
        return tsMs >= fromMs && tsMs < toMs;
    }

    /** Whether {@code [firstMs, lastMs]} (both inclusive, as links and accounts store them) meets this range. */
    public boolean overlaps(long firstMs, long lastMs) {
        return lastMs >= fromMs && firstMs < toMs;
    }
}
