package ringscope.model;

/** One account's use of one shared value (a row of account_term). */
public record ValueUse(int accountRef, int interactions, long firstMs, long lastMs) {}
