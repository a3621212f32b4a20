package ringscope.model;

/**
 * One raw interaction as the timeline lists it: when, whose, what, and where it came from (source file and line).
 * Term values are "" when the row had none.
 */
public record TimelineRow(long rowId, long tsMs, int accountRef, String accountId, String model, String category,
        String status, long inputTokens, long outputTokens, String fileName, long lineNo) {}
