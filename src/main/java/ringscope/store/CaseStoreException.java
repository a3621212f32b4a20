package ringscope.store;

/** A case database could not be created, opened or used; the message is written for the user. */
public class CaseStoreException extends RuntimeException {
    private final Kind kind;

    public enum Kind {
        INVALID_PATH,
        NOT_FOUND,
        ALREADY_EXISTS,
        OPEN_ELSEWHERE,
        DAMAGED,
        READ_ONLY,
        NEWER_SCHEMA,
        DISK_FULL,
        PASSPHRASE_REQUIRED,
        WRONG_PASSPHRASE,
        DATABASE
    }

    public CaseStoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public CaseStoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
