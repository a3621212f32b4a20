package ringscope.training;

/**
 * Everything that decides an account's interactions: how many and when ({@link Traffic}), from where and by whom
 * ({@link Fingerprint}), and what ({@link Content}), plus an optional {@link Overlay} such as the traffic of a shared
 * agent framework. Immutable; planters share instances between accounts where the accounts share behaviour.
 */
record Behaviour(Traffic traffic, Fingerprint fingerprint, Content content, Overlay overlay) {

    /**
     * @param dailyRate mean interactions per day while active
     * @param intensity hourly multiplier
     * @param timing spread within the hour
     * @param maxPerHour cap per hour (rate limits); for {@link Timing#CRON} the requests per tick
     * @param periodMinutes tick period for {@link Timing#CRON}, otherwise unused
     */
    record Traffic(double dailyRate, Intensity intensity, Timing timing, int maxPerHour, int periodMinutes) {}

    /**
     * @param ips request source addresses
     * @param userAgents client user agents ("" = not recorded)
     * @param apiKeys API key ids ("" = console use without a key)
     * @param endUsers the account's downstream users
     */
    record Fingerprint(IpSource ips, Choice<String> userAgents, Choice<String> apiKeys, EndUsers endUsers) {}

    /**
     * @param models model choice over time
     * @param categories request categories
     * @param templates prompt template hashes ("" = no template)
     * @param inputMedian typical input tokens (scaled by category)
     * @param outputMedian typical output tokens (scaled by category)
     * @param faults error and rate-limit rates
     */
    record Content(
            ModelChooser models, Choice<Catalog.Category> categories, Choice<String> templates, double inputMedian,
            double outputMedian, Faults faults) {}

    /** Share of requests failing with {@code error} and rejected with {@code rate_limited}. */
    record Faults(double error, double rateLimited) {}

    /**
     * A share of requests that go through a shared tool: its template, user agent and categories replace the
     * account's own for those requests.
     */
    record Overlay(double share, String template, String userAgent, Choice<Catalog.Category> categories) {
        static final Overlay NONE = new Overlay(0, "", "", null);
    }
}
