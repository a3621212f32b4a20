package ringscope.importer;

import java.util.Map;
import ringscope.model.RejectReason;

/**
 * One record of a third-party source file as read, before mapping: its values by source column name (absent or
 * null when the record has no such value), or the structural problem that makes it unreadable. Blank lines are not
 * records.
 */
record SourceRecord(long lineNo, long byteOffset, String raw, Map<String, String> values, RejectReason problem,
        String problemDetail) {

    static SourceRecord ok(long lineNo, long byteOffset, String raw, Map<String, String> values) {
        return new SourceRecord(lineNo, byteOffset, raw, values, null, null);
    }

    static SourceRecord bad(long lineNo, long byteOffset, String raw, RejectReason reason, String detail) {
        return new SourceRecord(lineNo, byteOffset, raw, Map.of(), reason, detail);
    }

    boolean isBad() {
        return problem != null;
    }
}
