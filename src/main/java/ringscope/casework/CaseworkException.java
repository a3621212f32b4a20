package ringscope.casework;

/** A casework action was refused or could not be carried out; the message is written for the user. */
public class CaseworkException extends RuntimeException {
    private final Kind kind;

    /** Why the action failed. */
    public enum Kind {
        /** The input breaks a rule (empty name, duplicate tag name, bad colour). */
        INVALID,
        /** The tag, note, hypothesis or view named does not exist or was deleted. */
        NOT_FOUND,
        /** Nothing to undo or redo. */
        NOTHING_TO_UNDO,
        /** The state no longer matches what the log says the undone or redone action left. */
        CONFLICT,
        /** The action log cannot be read. */
        DAMAGED_LOG
    }

    public CaseworkException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public CaseworkException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
