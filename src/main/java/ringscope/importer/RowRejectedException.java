package ringscope.importer;

import ringscope.model.RejectReason;

/** Thrown by field parsers for one bad value; cheap (no stack trace) because bad rows can be numerous. */
final class RowRejectedException extends Exception {
    private final RejectReason reason;

    RowRejectedException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }
}
