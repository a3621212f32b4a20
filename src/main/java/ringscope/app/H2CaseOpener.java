package ringscope.app;

import java.nio.file.Path;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;
import ringscope.ui.DatasetImporter;
import ringscope.ui.CaseOpener;
import ringscope.ui.OpenCase;

/** Opens H2 cases and binds the import service to each. Called on the worker thread. */
public final class H2CaseOpener implements CaseOpener {
    private final ImportOptions options;

    public H2CaseOpener(ImportOptions options) {
        this.options = options;
    }

    @Override
    public OpenCase open(Path folder, char[] passphrase) {
        return wire(CaseStore.open(folder, passphrase));
    }

    @Override
    public OpenCase create(Path folder, char[] passphrase) {
        return wire(CaseStore.create(folder, passphrase));
    }

    private OpenCase wire(CaseStore store) {
        ImportService service = new ImportService(store);
        ImportOptions again = new ImportOptions(true, options.maxFileBytes(), options.aggregateCells());
        return OpenCase.of(store, new DatasetImporter() {
            @Override
            public ImportReport importDataset(Path dataset, ProgressSink progress, CancelToken cancel) {
                return service.importDataset(dataset, options, progress, cancel);
            }

            @Override
            public DatasetImporter allowingReimport() {
                return (dataset, progress, cancel) -> service.importDataset(dataset, again, progress, cancel);
            }
        });
    }
}
