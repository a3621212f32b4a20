package ringscope.ui;

import java.io.UncheckedIOException;
import ringscope.store.CaseStoreException;

/** Plain messages for the user; never a stack trace (the runner has logged it). */
public final class ErrorMessages {
    private ErrorMessages() {}

    public static String forUser(String action, Throwable e) {
        if (e instanceof CaseStoreException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException io && io.getCause() != null) {
            return action + " failed: " + DisplayText.escape(io.getCause().getMessage());
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return action + " failed: " + DisplayText.escape(detail) + " (details are in the log)";
    }
}
