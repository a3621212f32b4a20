package ringscope.training;

/** How an account spreads its requests within an hour. */
enum Timing {
    /** People: bursts of requests seconds to minutes apart. */
    SESSIONS,
    /**
     * Load-balanced automation: the hourly count is the expected count rounded at random (work dealt out evenly, not
     * Poisson), evenly spaced with a little jitter (stays under per-minute rate limits).
     */
    EVEN,
    /** Scheduled jobs: a few requests at fixed ticks (every {@link Behaviour.Traffic#periodMinutes()} minutes). */
    CRON
}
