package ringscope.model;

/**
 * One quarantined source row.
 *
 * @param fileName source file name within the dataset
 * @param lineNo 1-based physical line where the row starts
 * @param byteOffset byte offset of the row start in the (decompressed) file, or -1 if unknown
 * @param reason machine-readable reason
 * @param detail human-readable explanation, e.g. "field input_tokens: -5 is below 0"
 * @param rawExcerpt the row's raw text (invalid bytes shown as \xNN), cut to a bounded length
 */
public record Rejection(String fileName, long lineNo, long byteOffset, RejectReason reason, String detail,
        String rawExcerpt) {}
