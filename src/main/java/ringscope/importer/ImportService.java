package ringscope.importer;

import java.nio.file.Path;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/** Imports a native dataset folder into a case (implementation in progress). */
public final class ImportService {
    private final CaseStore store;

    public ImportService(CaseStore store) {
        this.store = store;
    }

    /**
     * Imports every known file of a native dataset folder in one transaction. Never throws for bad input: the report's
     * status says COMPLETE, FAILED (with a message naming the file and cause) or CANCELLED; for anything but COMPLETE
     * the case holds none of the run's rows. Runs on the caller's thread; poll-based cancel via {@code cancel}.
     */
    public ImportReport importDataset(Path dataset, ImportOptions options, ProgressSink progress, CancelToken cancel) {
        throw new UnsupportedOperationException("in progress: " + store.name() + " " + dataset);
    }
}
