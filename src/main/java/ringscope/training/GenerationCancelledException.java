package ringscope.training;

/** Generation was cancelled through its {@link ringscope.model.CancelToken}; nothing is left at the target. */
public final class GenerationCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenerationCancelledException(String message) {
        super(message);
    }
}
