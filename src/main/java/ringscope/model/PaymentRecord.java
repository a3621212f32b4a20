package ringscope.model;

/** A payment attempt from {@code payments.csv}. */
public record PaymentRecord(long id, int accountRef, String instrumentFingerprint, long tsMs, String outcome,
        int sourceFileId, long lineNo) {}
