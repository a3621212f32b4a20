package ringscope.model;

/** Totals of one account's interactions added by one import. */
public record AccountTotals(int accountRef, long interactions, long inputTokens, long outputTokens, long firstMs,
        long lastMs) {}
