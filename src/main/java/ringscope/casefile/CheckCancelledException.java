package ringscope.casefile;

/** The check against the source files was cancelled; nothing was written anywhere. */
public final class CheckCancelledException extends RuntimeException {
    public CheckCancelledException() {
        super("Check against the source files cancelled");
    }
}
