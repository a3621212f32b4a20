package ringscope.training;

/**
 * An interaction generated for the current hour and not yet written; ids are given in time order when the hour is
 * flushed. Empty strings are missing values.
 */
record PendingInteraction(
        long ts, String accountId, String apiKey, String ip, String userAgent, String model, String category,
        int inputTokens, int outputTokens, int latencyMs, String status, String template, String endUser) {}
