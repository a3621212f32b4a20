package ringscope.timeline;

/**
 * Synchrony measures between two accounts' hourly series, over the hours both were active (from the later first
 * active hour to the earlier last one).
 *
 * <p>{@link #detrendedCorrelation}: Pearson correlation after removing each account's own mean for every hour of the
 * day, separately for weekdays and weekends. Two office workers in one time zone correlate on raw hourly counts
 * (both busy 9-17, quiet at night and on Sundays; 0.36 on the mixed-traps enterprise), but not beyond that rhythm
 * (0.01); accounts driven by one controller's schedule keep their correlation (0.50 on the hydra campaign).
 */
public final class Synchrony {
    /** Fewer common hours than this give no verdict (0). */
    public static final int MIN_OVERLAP_HOURS = 48;

    private Synchrony() {}

    /** Detrended correlation in [-1, 1]; 0 when the overlap is shorter than {@link #MIN_OVERLAP_HOURS} or flat. */
    public static double detrendedCorrelation(HourlySeries a, HourlySeries b) {
        long from = Math.max(a.firstHour(), b.firstHour());
        long to = Math.min(a.lastHour(), b.lastHour());
        if (a.isEmpty() || b.isEmpty() || to - from + 1 < MIN_OVERLAP_HOURS) {
            return 0;
        }
        int len = (int) (to - from + 1);
        Scratch s = SCRATCH.get();
        s.fit(len);
        if (s.slotsFrom != from || s.slotsLen != len) {
            s.slots = slots(from, len);
            s.slotsFrom = from;
            s.slotsLen = len;
        }
        if (s.a != a || s.aFrom != from || s.aLen != len) {
            residuals(a, from, len, s.slots, s.x);
            s.a = a;
            s.aFrom = from;
            s.aLen = len;
        }
        residuals(b, from, len, s.slots, s.y);
        return pearson(s.x, s.y, len);
    }

    /**
     * Per-thread working arrays of {@link #detrendedCorrelation}, and the last first series' residuals: the activity
     * rules compare millions of pairs, in an order where consecutive pairs share their first account and mostly their
     * common hours, and allocating five arrays per pair made much of the synchronized-activity step. The arithmetic is
     * that of fresh arrays, so the results are the same.
     */
    private static final class Scratch {
        double[] x = new double[0];
        double[] y = new double[0];
        int[] slots = new int[0];
        long slotsFrom = Long.MIN_VALUE;
        int slotsLen = -1;
        HourlySeries a;
        long aFrom = Long.MIN_VALUE;
        int aLen = -1;

        void fit(int len) {
            if (x.length < len) {
                x = new double[len];
                y = new double[len];
                a = null;
            }
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Plain Pearson correlation of hourly counts over the common span; 0 when too short or flat. */
    public static double correlation(HourlySeries a, HourlySeries b) {
        long from = Math.max(a.firstHour(), b.firstHour());
        long to = Math.min(a.lastHour(), b.lastHour());
        if (a.isEmpty() || b.isEmpty() || to - from + 1 < MIN_OVERLAP_HOURS) {
            return 0;
        }
        return pearson(a.dense(from, to), b.dense(from, to));
    }

    /**
     * Load-balancing distance: mean relative difference of the two accounts' daily totals over the days both were
     * active, {@code sum |a - b| / sum (a + b) / 2}, in [0, 2]; 0 = identical volumes every day, as when one client
     * spreads its requests round-robin over the accounts. 2 when there are fewer than 2 common days.
     */
    public static double loadBalanceDistance(HourlySeries a, HourlySeries b) {
        long from = Math.max(a.firstHour(), b.firstHour()) / 24 * 24;
        long to = Math.min(a.lastHour(), b.lastHour());
        if (a.isEmpty() || b.isEmpty() || to - from + 1 < 48) {
            return 2;
        }
        double[] x = a.dense(from, to);
        double[] y = b.dense(from, to);
        double diff = 0;
        double sum = 0;
        for (int d = 0; d * 24 < x.length; d++) {
            double dx = 0;
            double dy = 0;
            for (int h = d * 24; h < Math.min(x.length, d * 24 + 24); h++) {
                dx += x[h];
                dy += y[h];
            }
            diff += Math.abs(dx - dy);
            sum += (dx + dy) / 2;
        }
        return sum == 0 ? 2 : diff / sum;
    }

    /** The residuals of {@code series} over {@code len} hours from {@code fromHour} into {@code out[0, len)}. */
    private static void residuals(HourlySeries series, long fromHour, int len, int[] slots, double[] out) {
        series.denseInto(fromHour, len, out);
        double[] sum = new double[48];
        int[] n = new int[48];
        for (int i = 0; i < len; i++) {
            sum[slots[i]] += out[i];
            n[slots[i]]++;
        }
        for (int i = 0; i < len; i++) {
            out[i] = out[i] - sum[slots[i]] / n[slots[i]];
        }
    }

    /**
     * The slot of each of {@code count} hours from {@code fromHour} (epoch hour) on: the hour of day (UTC), plus 24 on
     * Saturdays and Sundays (epoch day 0 was a Thursday). Counted forward hour by hour: two long divisions per hour
     * made most of the synchronized-activity step's time at campaign scale (JFR).
     */
    static int[] slots(long fromHour, int count) {
        int[] out = new int[count];
        int hour = (int) Math.floorMod(fromHour, 24);
        int dayOfWeek = (int) Math.floorMod(Math.floorDiv(fromHour, 24) + 3, 7); // 0 = Monday
        for (int i = 0; i < count; i++) {
            out[i] = hour + (dayOfWeek >= 5 ? 24 : 0);
            if (++hour == 24) {
                hour = 0;
                dayOfWeek = dayOfWeek == 6 ? 0 : dayOfWeek + 1;
            }
        }
        return out;
    }

    private static double pearson(double[] x, double[] y) {
        return pearson(x, y, x.length);
    }

    /** Pearson correlation of {@code x[0, len)} and {@code y[0, len)}. */
    private static double pearson(double[] x, double[] y, int len) {
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < len; i++) {
            sx += x[i];
            sy += y[i];
        }
        double mx = sx / len;
        double my = sy / len;
        double cov = 0;
        double vx = 0;
        double vy = 0;
        for (int i = 0; i < len; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            cov += dx * dy;
            vx += dx * dx;
            vy += dy * dy;
        }
        return vx <= 1e-12 || vy <= 1e-12 ? 0 : cov / Math.sqrt(vx * vy);
    }
}
