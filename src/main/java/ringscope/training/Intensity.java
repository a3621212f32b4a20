package ringscope.training;

/**
 * An hourly multiplier of an account's mean rate, averaging about 1 over a week, so that
 * {@code dailyRate / 24 * factor(hour)} is the expected number of interactions in that hour. Implementations are
 * immutable and pure (derived randomness only), so they can be shared between accounts.
 */
@FunctionalInterface
interface Intensity {
    /** The multiplier for the hour starting at {@code hourStart} (epoch seconds, UTC, whole hour). */
    double factor(long hourStart);

    /** Round-the-clock traffic with a mild global daily swing (peak at {@code peakHourUtc}). */
    static Intensity roundTheClock(double amplitude, int peakHourUtc) {
        double[] w = new double[24];
        for (int h = 0; h < 24; h++) {
            w[h] = 1 + amplitude * StrictMath.cos(2 * Math.PI * (h - peakHourUtc) / 24.0);
        }
        return hourStart -> w[(int) Math.floorMod(hourStart / 3600, 24L)];
    }
}
