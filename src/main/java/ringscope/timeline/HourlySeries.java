package ringscope.timeline;

import java.util.Arrays;

/**
 * One account's activity per UTC hour, sparse: ascending hour numbers (epoch ms / 3,600,000) with their interaction
 * counts; hours not listed had none. Immutable (the arrays are copied in and never handed out).
 */
public final class HourlySeries {
    private final long[] hours;
    private final int[] counts;
    private final long total;

    /** @throws IllegalArgumentException when the arrays differ in length or the hours are not strictly ascending */
    public HourlySeries(long[] hours, int[] counts) {
        if (hours.length != counts.length) {
            throw new IllegalArgumentException("hours and counts differ in length");
        }
        for (int i = 1; i < hours.length; i++) {
            if (hours[i] <= hours[i - 1]) {
                throw new IllegalArgumentException("hours must be strictly ascending");
            }
        }
        this.hours = hours.clone();
        this.counts = counts.clone();
        long t = 0;
        for (int c : counts) {
            t += c;
        }
        this.total = t;
    }

    public int size() {
        return hours.length;
    }

    public boolean isEmpty() {
        return hours.length == 0;
    }

    public long hour(int i) {
        return hours[i];
    }

    public int count(int i) {
        return counts[i];
    }

    public long firstHour() {
        return hours.length == 0 ? Long.MAX_VALUE : hours[0];
    }

    public long lastHour() {
        return hours.length == 0 ? Long.MIN_VALUE : hours[hours.length - 1];
    }

    public long total() {
        return total;
    }

    /** Counts for every hour of {@code from..to} (inclusive), zeros where there was no activity. */
    public double[] dense(long from, long to) {
        double[] out = new double[(int) (to - from + 1)];
        denseInto(from, out.length, out);
        return out;
    }

    /** {@link #dense} of the {@code len} hours from {@code from} into {@code out[0, len)}, which it overwrites. */
    public void denseInto(long from, int len, double[] out) {
        Arrays.fill(out, 0, len, 0.0);
        long to = from + len - 1;
        int i = Arrays.binarySearch(hours, from);
        for (i = i < 0 ? -i - 1 : i; i < hours.length && hours[i] <= to; i++) {
            out[(int) (hours[i] - from)] = counts[i];
        }
    }

    /** Interactions in hours at or after {@code fromHour}. */
    public long totalFrom(long fromHour) {
        long t = 0;
        int i = Arrays.binarySearch(hours, fromHour);
        for (i = i < 0 ? -i - 1 : i; i < hours.length; i++) {
            t += counts[i];
        }
        return t;
    }
}
