package ringscope.importer;

import ringscope.model.RejectReason;

/**
 * A row as read, before validation: cells in the {@link FileKind}'s column order (null when absent or empty), or a
 * structural problem found while reading (bad UTF-8, wrong field count, JSON syntax...).
 */
record RawRow(long lineNo, long byteOffset, String[] cells, String raw, RejectReason problem, String problemDetail) {

    static RawRow ok(long lineNo, long byteOffset, String[] cells, String raw) {
        return new RawRow(lineNo, byteOffset, cells, raw, null, null);
    }

    static RawRow bad(long lineNo, long byteOffset, String raw, RejectReason reason, String detail) {
        return new RawRow(lineNo, byteOffset, null, raw, reason, detail);
    }

    /** An empty line: neither imported nor rejected, counted apart. */
    static RawRow blank(long lineNo, long byteOffset) {
        return new RawRow(lineNo, byteOffset, null, "", null, null);
    }

    boolean isBlank() {
        return cells == null && problem == null;
    }

    boolean isBad() {
        return problem != null;
    }
}
