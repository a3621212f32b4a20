package ringscope.analysis;

/** The user cancelled an analysis run; nothing of it was stored. */
public final class AnalysisCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisCancelledException() {
        super("Analysis cancelled; nothing was stored");
    }
}
