package ringscope.timeline;

/**
 * How flat traffic is over the hours of the day. People work in their own daytime (a diurnal profile); a relay
 * serving customers world-wide, or a machine, runs around the clock.
 */
public final class DailyRhythm {
    private DailyRhythm() {}

    /**
     * Round-the-clock score in [0, 1] for traffic given per hour of day (24 sums, UTC): the share of traffic in the
     * quietest 8 hours, divided by the 1/3 a perfectly flat day would have there. A diurnal profile gives about
     * 0.1-0.2; a flat one 1.0. 0 when there is no traffic.
     */
    public static double roundTheClock(long[] perHourOfDay) {
        if (perHourOfDay.length != 24) {
            throw new IllegalArgumentException("need 24 hourly sums");
        }
        long total = 0;
        for (long v : perHourOfDay) {
            total += v;
        }
        if (total == 0) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (int start = 0; start < 24; start++) {
            long s = 0;
            for (int k = 0; k < 8; k++) {
                s += perHourOfDay[(start + k) % 24];
            }
            best = Math.min(best, s);
        }
        return Math.min(1, best / (total / 3.0));
    }

    /** Adds a series' counts to 24 hour-of-day sums. */
    public static void addTo(long[] perHourOfDay, HourlySeries s) {
        for (int i = 0; i < s.size(); i++) {
            perHourOfDay[(int) Math.floorMod(s.hour(i), 24)] += s.count(i);
        }
    }
}
