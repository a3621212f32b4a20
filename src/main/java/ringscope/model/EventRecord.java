package ringscope.model;

/** An external event (model release, ban, ...) from {@code events.csv}; {@code accountRef} is 0 when none. */
public record EventRecord(long id, long tsMs, String kind, String label, int accountRef, int sourceFileId,
        long lineNo) {}
