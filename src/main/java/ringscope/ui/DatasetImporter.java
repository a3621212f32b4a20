package ringscope.ui;

import java.nio.file.Path;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ProgressSink;

/**
 * Imports a dataset folder into the open case. The app binds it to {@code ImportService} with the import options;
 * tests pass fakes. Same contract as the service: runs on the caller's (worker) thread, polls {@code cancel}, and
 * reports bad input in the returned report rather than by throwing.
 */
@FunctionalInterface
public interface DatasetImporter {
    ImportReport importDataset(Path dataset, ProgressSink progress, CancelToken cancel);

    /**
     * The same importer, but importing files that are already in the case (same SHA-256) when the user asks for it
     * explicitly; null when this importer cannot do that.
     */
    default DatasetImporter allowingReimport() {
        return null;
    }
}
