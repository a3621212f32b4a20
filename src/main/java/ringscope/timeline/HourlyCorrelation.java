package ringscope.timeline;

/**
 * Pearson correlation of two hourly activity series given as sorted hour numbers with counts (sparse: hours without
 * activity are zero), over the hours from the earlier first activity to the later last activity of the two.
 */
public final class HourlyCorrelation {
    private HourlyCorrelation() {}

    /** @return the correlation in [-1, 1], or 0 when either series is constant over the span */
    public static double of(long[] hoursA, long[] countsA, long[] hoursB, long[] countsB) {
        if (hoursA.length == 0 || hoursB.length == 0) {
            return 0;
        }
        long start = Math.min(hoursA[0], hoursB[0]);
        long end = Math.max(hoursA[hoursA.length - 1], hoursB[hoursB.length - 1]);
        double n = end - start + 1;
        double sumA = 0;
        double sumB = 0;
        double sumAA = 0;
        double sumBB = 0;
        for (long c : countsA) {
            sumA += c;
            sumAA += (double) c * c;
        }
        for (long c : countsB) {
            sumB += c;
            sumBB += (double) c * c;
        }
        double sumAB = 0;
        int i = 0;
        int j = 0;
        while (i < hoursA.length && j < hoursB.length) {
            if (hoursA[i] == hoursB[j]) {
                sumAB += (double) countsA[i++] * countsB[j++];
            } else if (hoursA[i] < hoursB[j]) {
                i++;
            } else {
                j++;
            }
        }
        double cov = sumAB - sumA * sumB / n;
        double varA = sumAA - sumA * sumA / n;
        double varB = sumBB - sumB * sumB / n;
        return varA <= 0 || varB <= 0 ? 0 : cov / Math.sqrt(varA * varB);
    }
}
