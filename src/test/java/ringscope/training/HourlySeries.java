package ringscope.training;

import java.util.List;

/** Pearson correlation of hourly activity series, over the hours both accounts were active (first to last use). */
final class HourlySeries {
    private HourlySeries() {}

    /** Pairs whose active spans overlap by at least {@code minHours}. */
    static int comparablePairs(List<long[]> series, int minHours) {
        int pairs = 0;
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                if (overlap(series.get(i), series.get(j)) >= minHours) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    /** Mean correlation over all pairs overlapping by at least {@code minHours}; 0 when there are none. */
    static double meanPairCorrelation(List<long[]> series, int minHours) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                long[] a = series.get(i);
                long[] b = series.get(j);
                if (overlap(a, b) >= minHours) {
                    sum += correlation(a, b, Math.max(first(a), first(b)), Math.min(last(a), last(b)));
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static int overlap(long[] a, long[] b) {
        return Math.min(last(a), last(b)) - Math.max(first(a), first(b));
    }

    private static int first(long[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                return i;
            }
        }
        return a.length;
    }

    private static int last(long[] a) {
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    private static double correlation(long[] a, long[] b, int from, int to) {
        int n = to - from + 1;
        double ma = 0;
        double mb = 0;
        for (int i = from; i <= to; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = from; i <= to; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return va == 0 || vb == 0 ? 0 : cov / Math.sqrt(va * vb);
    }
}
