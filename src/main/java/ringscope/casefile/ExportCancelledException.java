package ringscope.casefile;

/** The export was cancelled through its token; nothing was left at the target path. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("Export cancelled; no case file was written");
    }
}
