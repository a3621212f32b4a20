package ringscope.model;

/**
 * A snapshot of a long operation's progress.
 *
 * @param stage what is being done ("accounts.csv", "building aggregates", ...)
 * @param items rows (or other units) done so far in this stage
 * @param bytesDone bytes consumed so far over the whole operation, or -1 when not byte-based
 * @param bytesTotal bytes the whole operation will consume, or -1 when unknown
 * @param elapsedMillis wall time since the operation started
 */
public record Progress(String stage, long items, long bytesDone, long bytesTotal, long elapsedMillis) {

    /** Fraction done in [0, 1], or -1 when it cannot be known. */
    public double fraction() {
        if (bytesTotal <= 0 || bytesDone < 0) {
            return -1;
        }
        return Math.min(1.0, (double) bytesDone / bytesTotal);
    }

    /** Estimated milliseconds left from the byte rate so far, or -1 when it cannot be estimated yet. */
    public long estimatedMillisLeft() {
        double f = fraction();
        if (f <= 0.01 || elapsedMillis < 500) {
            return -1;
        }
        return (long) (elapsedMillis * (1 - f) / f);
    }
}
