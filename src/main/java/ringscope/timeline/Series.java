package ringscope.timeline;

/** Small numeric helpers over dense series. */
final class Series {
    private Series() {}

    /** Pearson correlation of {@code a} and {@code b} (same length); 0 when either is constant. */
    static double pearson(int[] a, double[] b) {
        int n = a.length;
        if (n == 0) {
            return 0;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            cov += da * db;
            va += da * da;
            vb += db * db;
        }
        return va <= 0 || vb <= 0 ? 0 : cov / Math.sqrt(va * vb);
    }
}
