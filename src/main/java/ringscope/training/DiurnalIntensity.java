package ringscope.training;

/**
 * A person's rhythm in their own time zone: a daily shape by local hour, fewer (or more) requests at weekends, and
 * whole days off (a user is active on a given local day with probability {@code activeDayProb}; active days carry
 * the volume of the idle ones). Immutable; the shape array is shared and never written.
 */
final class DiurnalIntensity implements Intensity {
    private final int offsetSeconds;
    private final double[] shape;
    private final double weekendFactor;
    private final double activeDayProb;
    private final long daySeed;
    private final double norm;

    /**
     * @param offsetMinutes the user's UTC offset
     * @param shape 24 weights by local hour with mean 1 ({@link Personas})
     * @param weekendFactor multiplier on Saturday and Sunday
     * @param activeDayProb chance that a given local day is active, in (0, 1]
     * @param daySeed seed of the active-day draw
     */
    DiurnalIntensity(int offsetMinutes, double[] shape, double weekendFactor, double activeDayProb, long daySeed) {
        this.offsetSeconds = offsetMinutes * 60;
        this.shape = shape;
        this.weekendFactor = weekendFactor;
        this.activeDayProb = activeDayProb;
        this.daySeed = daySeed;
        this.norm = 7.0 / (5.0 + 2.0 * weekendFactor) / activeDayProb;
    }

    @Override
    public double factor(long hourStart) {
        long local = hourStart + offsetSeconds;
        long localDay = Math.floorDiv(local, 86_400L);
        if (activeDayProb < 1 && Mix.unit(daySeed, localDay, 7) >= activeDayProb) {
            return 0;
        }
        int hour = (int) Math.floorMod(local / 3600, 24L);
        int dayOfWeek = (int) Math.floorMod(localDay + 3, 7L); // 1970-01-01 was a Thursday; Monday = 0
        double week = dayOfWeek >= 5 ? weekendFactor : 1.0;
        return shape[hour] * week * norm;
    }

    /** Whether {@code epochSecond} falls on a local weekday (Monday to Friday). */
    static boolean isWeekday(long epochSecond, int offsetMinutes) {
        long localDay = Math.floorDiv(epochSecond + offsetMinutes * 60L, 86_400L);
        return Math.floorMod(localDay + 3, 7L) < 5;
    }
}
