package ringscope.importer;

import java.nio.file.Path;
import ringscope.model.CancelToken;
import ringscope.model.ImportReport;
import ringscope.store.CaseStore;

/** Child process for the kill harness: imports a dataset, printing PROGRESS lines and the final status. */
public final class ImportChild {
    private ImportChild() {}

    public static void main(String[] args) {
        try (CaseStore store = CaseStore.openOrCreate(Path.of(args[0]))) {
            ImportReport r = new ImportService(store).importDataset(Path.of(args[1]), ImportOptions.defaults(), p -> {
                System.out.println("PROGRESS " + p.stage() + " " + p.items());
                System.out.flush();
            }, CancelToken.none());
            System.out.println(r.status());
            System.out.flush();
            // stay alive so the parent decides when we die
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
