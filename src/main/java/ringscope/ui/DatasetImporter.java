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
}
