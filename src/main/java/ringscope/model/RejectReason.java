package ringscope.model;

/** Why a source row was quarantined instead of imported. Stored by name; never rename a constant. */
public enum RejectReason {
    INVALID_UTF8,
    UNPAIRED_SURROGATE,
    WRONG_FIELD_COUNT,
    FIELD_TOO_LONG,
    LINE_TOO_LONG,
    MISSING_FIELD,
    INVALID_TIMESTAMP,
    INVALID_DATE,
    NO_TIMEZONE,
    TIME_OUT_OF_RANGE,
    INVALID_NUMBER,
    OUT_OF_RANGE,
    INVALID_VALUE,
    UNKNOWN_ACCOUNT,
    DUPLICATE_ID,
    CONFLICTING_DUPLICATE,
    JSON_SYNTAX,
    TRAILING_TOKENS,
    NESTING_TOO_DEEP,
    DUPLICATE_KEY,
    TYPE_MISMATCH,
    NON_FINITE,
    NOT_AN_OBJECT,
    CSV_SYNTAX,
    /** A local time skipped by a daylight-saving change in the declared zone (mapped imports). */
    NONEXISTENT_LOCAL_TIME
}
