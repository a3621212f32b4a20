package ringscope.ui;

import java.nio.file.Path;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

/**
 * A case the window works on: its folder, the queries behind the overview and the importer bound to it. Closing it
 * closes the case database. Its parts may be used from the worker thread.
 */
public record OpenCase(Path folder, CaseOverviewRepository overview, DatasetImporter importer, CaseStore store)
        implements AutoCloseable {

    /** The usual wiring: one store, its overview repository and an importer for it. */
    public static OpenCase of(CaseStore store, DatasetImporter importer) {
        return new OpenCase(store.folder(), new CaseOverviewRepository(store), importer, store);
    }

    public String name() {
        Path n = folder.getFileName();
        return n == null ? folder.toString() : n.toString();
    }

    @Override
    public void close() throws Exception {
        store.close();
    }
}
