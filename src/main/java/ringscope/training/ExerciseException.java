package ringscope.training;

/** A folder that is not a training exercise, or an answer key that cannot be read; the message is for people. */
public final class ExerciseException extends RuntimeException {
    public ExerciseException(String message) {
        super(message);
    }

    public ExerciseException(String message, Throwable cause) {
        super(message, cause);
    }
}
