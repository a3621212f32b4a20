package ringscope.model;

/** Interactions and tokens of one account in one hour (bucketMs = start of the UTC hour). */
public record ActivityCell(int accountRef, long bucketMs, int interactions, long inputTokens, long outputTokens) {}
