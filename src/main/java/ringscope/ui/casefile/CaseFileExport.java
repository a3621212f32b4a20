package ringscope.ui.casefile;

import java.nio.file.Path;
import ringscope.casefile.ExportProfile;
import ringscope.casefile.ExportResult;
import ringscope.casefile.ViewImages;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/** The export service as the UI calls it (wired in the composition root). Runs on the worker thread. */
@FunctionalInterface
public interface CaseFileExport {
    ExportResult export(CaseStore store, Path target, ExportProfile profile, ViewImages views, ProgressSink progress,
            CancelToken cancel);
}
