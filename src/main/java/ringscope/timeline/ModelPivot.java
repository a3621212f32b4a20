package ringscope.timeline;

/**
 * Did an account move to a newly released model at once? Measured from the account × model aggregate (first use and
 * count on the new model) and the account's hourly series (traffic from the release on).
 */
public final class ModelPivot {
    /** "At once": first use of the new model within this long after its release. */
    public static final long PIVOT_WINDOW_MS = 24 * 3_600_000L;

    private ModelPivot() {}

    /**
     * Share of the account's traffic since the release that went to the new model, in [0, 1]; 0 when the account had
     * no traffic since the release.
     *
     * @param newModelInteractions interactions on the new model (all of them are after its release)
     * @param series the account's hourly activity
     * @param releaseMs release time, epoch ms UTC
     */
    public static double shareAfterRelease(long newModelInteractions, HourlySeries series, long releaseMs) {
        long after = series.totalFrom(Math.floorDiv(releaseMs, 3_600_000L));
        return after == 0 ? 0 : Math.min(1, (double) newModelInteractions / after);
    }

    /** True when the first use came within {@link #PIVOT_WINDOW_MS} after the release. */
    public static boolean quick(long firstUseMs, long releaseMs) {
        return firstUseMs >= releaseMs && firstUseMs - releaseMs <= PIVOT_WINDOW_MS;
    }
}
